"""The production WSGI application plus the uploaded media, for Lighthouse runs on one machine.

Production serves MEDIA from object storage or the reverse proxy, never from Django; a browser-based audit
on 127.0.0.1 still needs the images, so this wrapper serves MEDIA_ROOT at MEDIA_URL with whitenoise (with
the same far-future caching a CDN would give renditions, whose file names never change).
"""

from django.conf import settings
from whitenoise import WhiteNoise

from portal.wsgi import application as portal_application

# autorefresh: renditions are created while the audit runs, after start-up.
application = WhiteNoise(portal_application, autorefresh=True, max_age=31536000)
application.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
