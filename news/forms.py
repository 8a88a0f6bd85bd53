from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.forms import HoneypotForm

from .models import Topic


class SignupForm(HoneypotForm):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter the e-mail address in the form name@example.com."),
            "max_length": _("This e-mail address is too long."),
        },
    )
    language = forms.ChoiceField(
        label=_("Language of the newsletter"),
        choices=settings.LANGUAGES,
        error_messages={
            "required": _("Choose the language of the newsletter."),
            "invalid_choice": _("Choose one of the languages offered."),
        },
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics (optional)"),
        choices=Topic.choices,
        required=False,
        help_text=_("Choose none to receive every issue."),
        error_messages={"invalid_choice": _("Choose topics from the list.")},
    )
    consent = forms.BooleanField(
        label=_("I have read the conditions above and agree to receive the newsletter."),
        error_messages={"required": _("Agree to the conditions to subscribe.")},
    )
