"""Newsletter subscription endpoints that are not pages (confirmation, one-click unsubscribe)."""

urlpatterns: list = []
