"""Newsletter subscription endpoints that are not pages (confirmation, one-click unsubscribe).

They sit outside the language prefix: links in e-mails stay valid whatever language the site is read in,
and the pages answer in the subscriber's language, which the signed link carries.
"""

from django.urls import path

from . import views

app_name = "news"

urlpatterns = [
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
