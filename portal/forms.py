"""Form pieces shared by the public forms (newsletter sign-up, accessibility feedback)."""

from django import forms

HONEYPOT_FIELD = "website"


class HoneypotForm(forms.Form):
    """A public form with a trap field for bots (template: components/honeypot.html).

    People never see or reach the field, so they leave it empty; bots that fill in every field give themselves
    away, and the view then quietly does nothing (`is_bot()`). The field is kept last, after the form's own.
    """

    website = forms.CharField(required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD))
