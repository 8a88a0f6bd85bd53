"""A missing Croatian UI string shows the English source text, never Slovenian.

Django backs every catalogue with the default language's (LANGUAGE_CODE, here Slovenian), because it
assumes the default is the language of the msgids. Ours are English. Wagtail's own Croatian catalogue
covers far fewer strings than its Slovenian one, so Croatian editors saw Slovenian words scattered
through the admin. Without the fallback, gettext returns the English msgid, which Croatian editors
read more readily than Slovenian and which never presents one language as another. Our own catalogues
are complete (tests/home/test_i18n.py), so the public site is unaffected. Delete this module if Django
stops falling back to LANGUAGE_CODE for non-English msgids.
"""

from django.utils.translation import trans_real


def _no_fallback(self, localedirs=None) -> None:
    return None


def install() -> None:
    trans_real.DjangoTranslation._add_fallback = _no_fallback
    # Catalogues built before this ran (at import time) keep their fallback; start afresh.
    trans_real._translations = {}
    trans_real._default = None
