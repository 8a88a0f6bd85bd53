"""Template tags of the campaign: the home page teaser and a small `capture` helper for block templates."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from campaigns.models import CampaignPage, SelfCheckPage
from home.languages import PUBLISHED_VERSION
from portal.visibility import only_public

register = template.Library()


@register.simple_tag
def home_campaign() -> dict | None:
    """The newest live campaign of the active language (a real translation, not an alias) and its
    self-check, in two queries; None when the language has no campaign."""
    campaign = (
        only_public(CampaignPage.objects.live().filter(PUBLISHED_VERSION, locale__language_code=get_language()))
        .order_by("-first_published_at", "-pk")
        .first()
    )
    if campaign is None:
        return None
    self_check = SelfCheckPage.objects.live().descendant_of(campaign).order_by("path").first()
    return {"campaign": campaign, "self_check": self_check}


class CaptureNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str) -> None:
        self.nodelist = nodelist
        self.name = name

    def render(self, context) -> str:
        # The nodelist's output is already autoescaped by the template engine, so it is safe as a whole.
        context[self.name] = SafeString(self.nodelist.render(context).strip())
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}…{% endcapture %}: render into a variable, so a block can leave out its
    heading when the news or events tags have nothing to show."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])
