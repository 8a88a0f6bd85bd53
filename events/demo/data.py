"""Demo events in Slovenian (source), Croatian and English. Dates, places and organisers come from the
project's public seed documents; the wording is our own. Events without known times are all-day events.

Organisers are looked up by their Slovenian name among the partners that home's demo content creates.
"""

from home.demo.loader import T

BISTRA = "Znanstveno-raziskovalno središče Bistra Ptuj"
RASR = "Razvojna agencija Savinjske regije d.o.o."
CPU = "Center ponovne uporabe d.o.o., so.p."
ZRSZ_PTUJ = "Zavod Republike Slovenije za zaposlovanje – Območna služba Ptuj"
JURA = "Javna ustanova za regionalni razvoj Varaždinske županije"
CZSS = "Centar za socijalnu skrb Čakovec"
REDEA = "Javna ustanova za razvoj Međimurske županije REDEA"

PUBLIC_SERVICES = T(
    "zaposleni v centrih za socialno delo in uradih za delo, pristojna ministrstva, strokovnjaki",
    "djelatnici centara za socijalnu skrb i zavoda za zapošljavanje, nadležna ministarstva, stručnjaci",
    "staff of social work centres and employment offices, the responsible ministries, experts",
)
GENERAL_PUBLIC = T("vsi zainteresirani", "svi zainteresirani", "everyone interested")

TAG_ACTIVATION = T("socialna aktivacija", "socijalna aktivacija", "social activation")
TAG_TRAINING = T("usposabljanje", "osposobljavanje", "training")
TAG_CROSS_BORDER = T("čezmejno sodelovanje", "prekogranična suradnja", "cross-border cooperation")

INDEX = {
    "title": T("Dogodki", "Događanja", "Events"),
    "slug": T("dogodki", "dogadanja", "events"),
    "intro": T(
        "Konference, usposabljanja, informativni dnevi in seminarji projekta 2SoKroG v Sloveniji in na "
        "Hrvaškem. Dodajte jih v svoj koledar.",
        "Konferencije, osposobljavanja, informativni dani i seminari projekta 2SoKroG u Sloveniji i "
        "Hrvatskoj. Dodajte ih u svoj kalendar.",
        "Conferences, training sessions, info days and seminars of the 2SoKroG project in Slovenia and "
        "Croatia. Add them to your calendar.",
    ),
}

SERIES = {
    "title": T(
        "Čezmejne delavnice z usposabljanjem: socialna aktivacija",
        "Prekogranične stručne radionice: socijalna aktivacija",
        "Cross-border training workshops: social activation",
    ),
    "slug": T(
        "usposabljanje-socialna-aktivacija",
        "osposobljavanje-socijalna-aktivacija",
        "social-activation-training",
    ),
    "intro": T(
        "Pet tematskih modulov za javne uslužbence centrov za socialno delo in uradov za delo iz Slovenije in "
        "Hrvaške. Skupaj se jih je udeležilo več kot 230 ljudi.",
        "Pet tematskih modula za javne službenike centara za socijalnu skrb i zavoda za zapošljavanje iz "
        "Slovenije i Hrvatske. Ukupno ih je pohađalo više od 230 sudionika.",
        "Five themed modules for public servants of social work centres and employment offices in Slovenia and "
        "Croatia. Together they drew more than 230 participants.",
    ),
    "body": [
        (
            "paragraph",
            [
                T(
                    "Moduli so predstavili celostno obravnavo dolgotrajno brezposelnih in prejemnikov socialne "
                    "pomoči, vlogo mentorja, povezavo med socialnim položajem in zdravjem ter socialno "
                    "podjetništvo kot prostor za učno prakso.",
                    "Moduli su predstavili cjelovit pristup dugotrajno nezaposlenima i primateljima socijalne "
                    "pomoći, ulogu mentora, vezu između socijalnog položaja i zdravlja te socijalno "
                    "poduzetništvo kao mjesto za praksu.",
                    "The modules covered a joined-up approach to long-term unemployed people and recipients of "
                    "social assistance, the role of the mentor, the link between social circumstances and "
                    "health, and social enterprises as a place for work practice.",
                ),
            ],
        ),
    ],
    "tags": [TAG_ACTIVATION, TAG_TRAINING, TAG_CROSS_BORDER],
}


def module(number, day, town, venue, organiser, title_sl, title_hr, title_en, slug, intro):
    return {
        "title": T(f"Modul {number}: {title_sl}", f"Modul {number}: {title_hr}", f"Module {number}: {title_en}"),
        "slug": slug,
        "type": "training",
        "day": day,
        "town": town,
        "country": "HR" if town in ("Čakovec", "Varaždin") else "SI",
        "venue": venue,
        "organiser": organiser,
        "audience": PUBLIC_SERVICES,
        "languages": ["sl", "hr"],
        "intro": intro,
        "tags": [TAG_ACTIVATION, TAG_TRAINING],
    }


MODULES = [
    module(
        1,
        "2019-10-17",
        "Ptuj",
        T("Urad za delo Ptuj", "Ured za rad Ptuj", "Ptuj Employment Office"),
        ZRSZ_PTUJ,
        "socialna aktivacija za socialno vključenost in zaposljivost",
        "socijalna aktivacija za socijalnu uključenost i zapošljivost",
        "social activation for social inclusion and employability",
        T("modul-1-vkljucenost-in-zaposljivost", "modul-1-ukljucenost-i-zaposljivost", "module-1-inclusion"),
        T(
            "Koordinatorke socialne aktivacije so na dveh primerih pokazale, kako socialno vključevanje in "
            "zaposlovanje preraščata meje ustanov; udeleženke pilotnega programa so povedale svoje zgodbe.",
            "Koordinatorice socijalne aktivacije na dva su primjera pokazale kako socijalno uključivanje i "
            "zapošljavanje nadilaze okvire institucija; sudionice pilot programa ispričale su svoje priče.",
            "Social activation coordinators showed with two cases how social inclusion and employment reach "
            "beyond institutional boundaries; women from the pilot programme told their own stories.",
        ),
    ),
    module(
        2,
        "2019-11-06",
        "Čakovec",
        T("Center za socialno delo Čakovec", "Centar za socijalnu skrb Čakovec", "Čakovec Centre for Social Welfare"),
        CZSS,
        "vloga mentorja v socialni aktivaciji",
        "uloga mentora u socijalnoj aktivaciji",
        "the mentor's role in social activation",
        T("modul-2-vloga-mentorja", "modul-2-uloga-mentora", "module-2-mentoring"),
        T(
            "Osnove socialnega mentorstva in interaktivna delavnica za zaposlene v centrih za socialno delo "
            "in službah za zaposlovanje.",
            "Osnove modela socijalnog mentorstva i interaktivna radionica za djelatnike centara za socijalnu "
            "skrb i zavoda za zapošljavanje.",
            "The basics of social mentoring and a hands-on workshop for staff of social work centres and "
            "employment services.",
        ),
    ),
    module(
        3,
        "2019-12-05",
        "Celje",
        T("Center za socialno delo Celje", "Centar za socijalni rad Celje", "Celje Centre for Social Work"),
        RASR,
        "vpliv socialne aktivacije na zdravje in socialni položaj",
        "utjecaj socijalne aktivacije na zdravlje i socijalni status",
        "how social activation affects health and social status",
        T("modul-3-zdravje", "modul-3-zdravlje", "module-3-health"),
        T(
            "Poklicna rehabilitacija s primeri dobre prakse: kako aktivacija vpliva na zdravje in socialni "
            "položaj uporabnikov.",
            "Profesionalna rehabilitacija s primjerima dobre prakse: kako aktivacija utječe na zdravlje i "
            "socijalni status korisnika.",
            "Vocational rehabilitation with good-practice examples: how activation affects users' health and "
            "social status.",
        ),
    ),
    module(
        4,
        "2020-01-28",
        "Šalovci",
        T("Eko-socialna kmetija Korenika", "Eko-socijalna farma Korenika", "Korenika eco-social farm"),
        CPU,
        "socialno podjetništvo kot prostor za učno prakso",
        "socijalno poduzetništvo kao mjesto za praksu",
        "social enterprise as a place for work practice",
        T("modul-4-socialno-podjetnistvo", "modul-4-socijalno-poduzetnistvo", "module-4-social-enterprise"),
        T(
            "Obisk eko-socialne kmetije in njenega poslovnega modela ter predavanja o socialni ekonomiji v Sloveniji.",
            "Obilazak eko-socijalne farme i njezina poslovnog modela te predavanja o socijalnoj ekonomiji u Sloveniji.",
            "A visit to an eco-social farm and its business model, with talks on the social economy in Slovenia.",
        ),
    ),
    module(
        5,
        "2020-02-19",
        "Varaždin",
        None,
        JURA,
        "socialna aktivacija proti revščini in socialni izključenosti",
        "socijalna aktivacija protiv siromaštva i socijalne isključenosti",
        "social activation against poverty and social exclusion",
        T("modul-5-revscina", "modul-5-siromastvo", "module-5-poverty"),
        T(
            "Delovno okolje in zdravje, posledice dolgotrajne brezposelnosti ter izkušnje socialne zadruge iz Čakovca.",
            "Radno okruženje i zdravlje, posljedice dugotrajne nezaposlenosti te iskustva socijalne zadruge "
            "iz Čakovca.",
            "Work and health, the effects of long-term unemployment, and the experience of a social "
            "cooperative from Čakovec.",
        ),
    ),
]

FINAL_CONFERENCE = {
    "title": T(
        "Zaključna čezmejna konferenca: socialna aktivacija – nov izziv za dolgotrajno brezposelne",
        "Završna prekogranična konferencija: socijalna aktivacija – novi izazov za dugotrajno nezaposlene",
        "Final cross-border conference: social activation – a new challenge for the long-term unemployed",
    ),
    "slug": T("zakljucna-konferenca", "zavrsna-konferencija", "final-conference"),
    "type": "conference",
    "day": "2020-09-17",
    "town": "Ptuj",
    "country": "SI",
    "mode": "hybrid",
    "organiser": BISTRA,
    "audience": PUBLIC_SERVICES,
    "languages": ["sl", "hr"],
    "intro": T(
        "Rezultati projekta na področju socialne aktivacije v javnem sektorju: v živo na Ptuju in prek spleta "
        "za hrvaške udeležence.",
        "Rezultati projekta na području socijalne aktivacije u javnom sektoru: uživo u Ptuju i online za "
        "hrvatske sudionike.",
        "The project's results in social activation in the public sector: live in Ptuj and online for "
        "participants from Croatia.",
    ),
    "programme": [
        (
            T(
                "Socialna aktivacija – družbena vključenost za lažji dostop do trga dela",
                "Socijalna aktivacija – društvena integracija za lakši pristup tržištu rada",
                "Social activation – social integration for easier access to the labour market",
            ),
            T("Moderatorka: Martina Trbanc", "Moderatorica: Martina Trbanc", "Moderator: Martina Trbanc"),
        ),
        (
            T(
                "Vpliv socialne aktivacije na (duševno) zdravje, motivacijo in družbeno odgovornost",
                "Utjecaj socijalne aktivacije na (mentalno) zdravlje, motivaciju i društvenu odgovornost",
                "How social activation affects (mental) health, motivation and social responsibility",
            ),
            T(
                "Moderatorka: Marijana Kletečki Radović",
                "Moderatorica: Marijana Kletečki Radović",
                "Moderator: Marijana Kletečki Radović",
            ),
        ),
        (
            T(
                "Uspešne zgodbe socialne aktivacije in socialnega podjetništva",
                "Uspješne priče socijalne aktivacije i socijalnog poduzetništva",
                "Success stories of social activation and social enterprise",
            ),
            T("Moderatorka: Marinka Vovk", "Moderatorica: Marinka Vovk", "Moderator: Marinka Vovk"),
        ),
        (
            T(
                "Udeleženci programov socialne aktivacije pripovedujejo svoje zgodbe",
                "Korisnici programa socijalne aktivacije pričaju svoje priče",
                "People who took part in social activation tell their stories",
            ),
            None,
        ),
    ],
    "participants": 180,
    "report": [
        T(
            "Konferenco je spremljalo več kot 180 udeležencev iz socialnega, zdravstvenega in izobraževalnega "
            "področja, služb za zaposlovanje, socialnih podjetij in ministrstev.",
            "Konferenciju je pratilo više od 180 sudionika iz socijalnog, zdravstvenog i obrazovnog područja, "
            "zavoda za zapošljavanje, socijalnih poduzeća i ministarstava.",
            "More than 180 people followed the conference, from social care, health and education, employment "
            "services, social enterprises and ministries.",
        ),
        T(
            "Zaradi razmer ob covidu-19 so hrvaški udeleženci sodelovali prek spleta.",
            "Zbog situacije s bolešću COVID-19 hrvatski su sudionici sudjelovali online.",
            "Because of the COVID-19 situation, participants from Croatia joined online.",
        ),
    ],
    "tags": [TAG_ACTIVATION, TAG_CROSS_BORDER],
}

EVENTS = [
    {
        "title": T(
            "Prvo srečanje projektnih partnerjev",
            "Prvi sastanak projektnih partnera",
            "First meeting of the project partners",
        ),
        "slug": T("prvo-srecanje-partnerjev", "prvi-sastanak-partnera", "first-partner-meeting"),
        "type": "meeting",
        "day": "2018-09-27",
        "town": "Ptuj",
        "country": "SI",
        "organiser": BISTRA,
        "audience": T("projektni partnerji", "projektni partneri", "the project partners"),
        "intro": T(
            "Partnerji iz Slovenije in Hrvaške so se prvič srečali in se dogovorili o začetku dela.",
            "Partneri iz Slovenije i Hrvatske prvi su se put sastali i dogovorili početak rada.",
            "Partners from Slovenia and Croatia met for the first time and agreed how to start the work.",
        ),
        "tags": [TAG_CROSS_BORDER],
    },
    {
        "title": T(
            "Strokovni pregled (peer review) v Ormožu",
            "Stručna procjena (peer review) u Ormožu",
            "Peer review in Ormož",
        ),
        "slug": T("peer-review-ormoz", "peer-review-ormoz", "peer-review-ormoz"),
        "type": "peer-review",
        "day": "2018-12-06",
        "town": "Ormož",
        "country": "SI",
        "organiser": CPU,
        "audience": PUBLIC_SERVICES,
        "intro": T(
            "Prvi strokovni pregled: najnovejše raziskave, trendi in dobre prakse socialne politike kot podlaga "
            "za partnerstva med ustanovami.",
            "Prva stručna procjena: najnovija istraživanja, trendovi i primjeri dobre prakse socijalne politike "
            "kao podloga za partnerstva među institucijama.",
            "The first peer review: recent research, trends and good practice in social policy as a basis for "
            "partnerships between institutions.",
        ),
        "tags": [TAG_ACTIVATION, TAG_CROSS_BORDER],
    },
    {
        "title": T(
            "Strokovni pregled (peer review) v Čakovcu",
            "Stručna procjena (peer review) u Čakovcu",
            "Peer review in Čakovec",
        ),
        "slug": T("peer-review-cakovec", "peer-review-cakovec", "peer-review-cakovec"),
        "type": "peer-review",
        "day": "2019-02-12",
        "town": "Čakovec",
        "country": "HR",
        "venue": T(
            "Tehnološko-inovacijski center Međimurje",
            "Tehnološko-inovacijski centar Međimurje",
            "Međimurje Technology and Innovation Centre",
        ),
        "organiser": REDEA,
        "audience": PUBLIC_SERVICES,
        "intro": T(
            "Drugi strokovni pregled z okroglo mizo ministrstev, centrov za socialno delo, služb za zaposlovanje "
            "in socialnih podjetij: smernice za model socialne aktivacije.",
            "Druga stručna procjena s panel raspravom ministarstava, centara za socijalnu skrb, zavoda za "
            "zapošljavanje i socijalnih poduzeća: smjernice za model socijalne aktivacije.",
            "The second peer review, with a panel of ministries, social work centres, employment services and "
            "social enterprises: guidelines for the social activation model.",
        ),
        "tags": [TAG_ACTIVATION, TAG_CROSS_BORDER],
    },
    {
        "title": T("Informativni dan v Čakovcu", "Informativni dan u Čakovcu", "Info day in Čakovec"),
        "slug": T(
            "informativni-dan-cakovec-marec-2019", "informativni-dan-cakovec-ozujak-2019", "info-day-cakovec-march-2019"
        ),
        "type": "info-day",
        "day": "2019-03-22",
        "town": "Čakovec",
        "country": "HR",
        "venue": T(
            "Center za socialno delo Čakovec", "Centar za socijalnu skrb Čakovec", "Čakovec Centre for Social Welfare"
        ),
        "organiser": REDEA,
        "audience": T(
            "zaposleni v centru za socialno delo",
            "djelatnici centra za socijalnu skrb",
            "staff of the social welfare centre",
        ),
        "intro": T(
            "Ob svetovnem dnevu socialnega dela: o preventivi pred revščino in o socialnem podjetništvu.",
            "U povodu Svjetskog dana socijalnih radnika: o prevenciji siromaštva i o socijalnom poduzetništvu.",
            "For World Social Work Day: on preventing poverty and on social enterprise.",
        ),
        "tags": [TAG_ACTIVATION],
    },
    {
        "title": T(
            "Seminar o socialni aktivaciji v Celju",
            "Seminar o socijalnoj aktivaciji u Celju",
            "Social activation seminar in Celje",
        ),
        "slug": T("seminar-celje", "seminar-celje", "seminar-celje"),
        "type": "seminar",
        "day": "2019-06-13",
        "town": "Celje",
        "country": "SI",
        "venue": T("Center za socialno delo Celje", "Centar za socijalni rad Celje", "Celje Centre for Social Work"),
        "street": "Opekarniška cesta 15b",
        "postal_code": "3000",
        "audience": PUBLIC_SERVICES,
        "intro": T(
            "Socialne inovacije in celostna obravnava ranljivih skupin: kako povezati socialne programe, "
            "zaposlovanje in trg dela.",
            "Društvene inovacije i cjelovit pristup ranjivim skupinama: kako povezati socijalne programe, "
            "zapošljavanje i tržište rada.",
            "Social innovation and a joined-up approach to vulnerable groups: linking social programmes, "
            "employment and the labour market.",
        ),
        "tags": [TAG_ACTIVATION, TAG_TRAINING],
    },
    {
        "title": T(
            "Seminar o socialni aktivaciji v Čakovcu",
            "Seminar o socijalnoj aktivaciji u Čakovcu",
            "Social activation seminar in Čakovec",
        ),
        "slug": T("seminar-cakovec", "seminar-cakovec", "seminar-cakovec"),
        "type": "seminar",
        "day": "2019-09-18",
        "town": "Čakovec",
        "country": "HR",
        "venue": T("Hotel Castellum", "Hotel Castellum", "Hotel Castellum"),
        "street": "Vladimira Nazora 16",
        "postal_code": "40000",
        "audience": PUBLIC_SERVICES,
        "intro": T(
            "Pristopi socialne aktivacije v EU, psihološki vidik, tveganja socialne izključenosti in izzivi "
            "socialnega dela.",
            "Pristupi socijalne aktivacije u EU, psihološki aspekt, rizici socijalne isključenosti i izazovi "
            "socijalnog rada.",
            "Approaches to social activation in the EU, the psychological side, risks of social exclusion and "
            "the challenges of social work.",
        ),
        "tags": [TAG_ACTIVATION, TAG_TRAINING],
    },
    {
        "title": T(
            "Novinarska konferenca v Varaždinu",
            "Konferencija za medije u Varaždinu",
            "Press conference in Varaždin",
        ),
        "slug": T("novinarska-konferenca-varazdin", "konferencija-za-medije-varazdin", "press-conference-varazdin"),
        "type": "press",
        "day": "2019-09-20",
        "town": "Varaždin",
        "country": "HR",
        "organiser": JURA,
        "audience": T("novinarji", "novinari", "journalists"),
        "intro": T(
            "Predstavitev projekta medijem: socialna aktivacija kot pot do dela in boljšega duševnega zdravja.",
            "Predstavljanje projekta medijima: socijalna aktivacija kao put do posla i boljeg psihičkog zdravlja.",
            "The project presented to the media: social activation as a way into work and better mental health.",
        ),
        "tags": [TAG_ACTIVATION],
    },
    {
        "title": T(
            "Informativni dan na sejmu varnosti v Čakovcu",
            "Informativni dan na Sajmu sigurnosti u Čakovcu",
            "Info day at the safety fair in Čakovec",
        ),
        "slug": T(
            "informativni-dan-cakovec-september-2019",
            "informativni-dan-cakovec-rujan-2019",
            "info-day-cakovec-september-2019",
        ),
        "type": "info-day",
        "day": "2019-09-24",
        "town": "Čakovec",
        "country": "HR",
        "organiser": CZSS,
        "audience": GENERAL_PUBLIC,
        "intro": T(
            "Na sejmu varnosti in preventive smo obiskovalcem predstavili, kako pravočasno prepoznati tveganje "
            "revščine.",
            "Na Sajmu sigurnosti i prevencije posjetiteljima smo predstavili kako na vrijeme prepoznati rizik "
            "od siromaštva.",
            "At the safety and prevention fair we showed visitors how to recognise the risk of poverty early.",
        ),
        "tags": [TAG_ACTIVATION],
    },
    {
        "title": T("Informativni dan v Varaždinu", "Informativni dan u Varaždinu", "Info day in Varaždin"),
        "slug": T("informativni-dan-varazdin", "informativni-dan-varazdin", "info-day-varazdin"),
        "type": "info-day",
        "day": "2019-10-04",
        "town": "Varaždin",
        "country": "HR",
        "organiser": JURA,
        "audience": T(
            "zaposleni v centru za socialno delo Varaždin in na uradu za delo",
            "djelatnici Centra za socijalnu skrb Varaždin i HZZ-a",
            "staff of the Varaždin social welfare centre and employment office",
        ),
        "intro": T(
            "Predstavitev projekta in napoved čezmejnih delavnic za javne uslužbence.",
            "Predstavljanje projekta i najava prekograničnih radionica za javne službenike.",
            "The project presented, with a preview of the cross-border workshops for public servants.",
        ),
        "tags": [TAG_ACTIVATION],
    },
]

# Upcoming demo events, dated relative to the day the demo content is loaded, so "upcoming" is never empty.
# Clearly marked as examples in every language.
DEMO_UPCOMING = [
    {
        "title": T(
            "Informativni dan o socialni aktivaciji (primer)",
            "Informativni dan o socijalnoj aktivaciji (primjer)",
            "Social activation info day (demo)",
        ),
        "slug": T("primer-informativni-dan", "primjer-informativni-dan", "demo-info-day"),
        "type": "info-day",
        "in_days": 21,
        "times": ("10:00", "12:00"),
        "town": "Ptuj",
        "country": "SI",
        "venue": T("Mestna knjižnica Ptuj", "Gradska knjižnica Ptuj", "Ptuj City Library"),
        "organiser": BISTRA,
        "audience": GENERAL_PUBLIC,
        "languages": ["sl"],
        "capacity": 40,
        "registration_contact": "klavdija.riznar@bistra.si",
        "intro": T(
            "Primer dogodka za predstavitev portala: kaj je socialna aktivacija in kje dobite pomoč.",
            "Primjer događanja za predstavljanje portala: što je socijalna aktivacija i gdje dobiti pomoć.",
            "An example event to demonstrate the portal: what social activation is and where to get help.",
        ),
        "tags": [TAG_ACTIVATION],
    },
    {
        "title": T(
            "Spletni seminar: mentorstvo v socialni aktivaciji (primer)",
            "Webinar: mentorstvo u socijalnoj aktivaciji (primjer)",
            "Webinar: mentoring in social activation (demo)",
        ),
        "slug": T("primer-spletni-seminar", "primjer-webinar", "demo-webinar"),
        "type": "online",
        "in_days": 60,
        "times": ("14:00", "15:30"),
        "mode": "online",
        "organiser": CZSS,
        "audience": PUBLIC_SERVICES,
        "languages": ["hr", "sl"],
        "intro": T(
            "Primer spletnega dogodka za predstavitev portala; povezavo prejmejo prijavljeni.",
            "Primjer online događanja za predstavljanje portala; poveznicu dobivaju prijavljeni.",
            "An example online event to demonstrate the portal; registered participants receive the link.",
        ),
        "tags": [TAG_TRAINING],
    },
    {
        "title": T(
            "Čezmejno srečanje strokovnjakov (primer)",
            "Prekogranični susret stručnjaka (primjer)",
            "Cross-border meeting of practitioners (demo)",
        ),
        "slug": T("primer-cezmejno-srecanje", "primjer-prekogranicni-susret", "demo-cross-border-meeting"),
        "type": "seminar",
        "in_days": 100,
        "town": "Čakovec",
        "country": "HR",
        "mode": "hybrid",
        "organiser": REDEA,
        "audience": PUBLIC_SERVICES,
        "languages": ["hr", "sl", "en"],
        "intro": T(
            "Primer celodnevnega hibridnega dogodka za predstavitev portala.",
            "Primjer cjelodnevnog hibridnog događanja za predstavljanje portala.",
            "An example all-day hybrid event to demonstrate the portal.",
        ),
        "tags": [TAG_CROSS_BORDER],
    },
]
