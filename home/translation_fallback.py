"""A missing Croatian UI string shows the English source text, never Slovenian.

Django backs every catalogue with the default language's (LANGUAGE_CODE, here Slovenian), because it
assumes the default is the language of the msgids. Ours are English. Wagtail's own Croatian catalogue
covers far fewer strings than its Slovenian one, so Croatian editors saw Slovenian words scattered
through the admin. Without the fallback, gettext returns the English msgid, which Croatian editors
read more readily than Slovenian and which never presents one language as another. Our own catalogues
are complete (tests/home/test_i18n.py), so the public site is unaffected. Delete this module if Django
stops falling back to LANGUAGE_CODE for non-English msgids.
"""

from portal import compat


def install() -> None:
    compat.stop_gettext_fallback_to_default_language()
