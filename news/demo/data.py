"""Demo content of the news app in Slovenian (source), Croatian and English. Facts from the project's public seed
documents (events, newsletters, social enterprises named there); all wording is our own."""

import datetime

from home.demo.loader import T

NEWS_INDEX = {
    "slug": T("novice", "novosti", "news"),
    "title": T("Novice", "Novosti", "News"),
    "intro": T(
        "Kaj se dogaja v projektu 2SoKroG: informativni dnevi, seminarji, strokovne presoje in konference na obeh "
        "straneh meje.",
        "Što se događa u projektu 2SoKroG: informativni dani, seminari, stručne procjene i konferencije s obje "
        "strane granice.",
        "What is happening in 2SoKroG: info days, seminars, peer reviews and conferences on both sides of the border.",
    ),
}

STORY_INDEX = {
    "slug": T("zgodbe-o-uspehu", "price-o-uspjehu", "success-stories"),
    "title": T("Zgodbe o uspehu", "Priče o uspjehu", "Success stories"),
    "intro": T(
        "Ljudje, ki so s pomočjo socialne aktivacije našli pot nazaj v skupnost in na trg dela. Zgodbe objavljamo "
        "samo z njihovo privolitvijo.",
        "Ljudi koji su uz pomoć socijalne aktivacije pronašli put natrag u zajednicu i na tržište rada. Priče "
        "objavljujemo samo uz njihovu privolu.",
        "People who found their way back into the community and to work with the help of social activation. We "
        "publish their stories only with their consent.",
    ),
}

NEWSLETTER_INDEX = {
    "slug": T("e-novice", "e-bilten", "newsletters"),
    "title": T("E-novice", "E-bilten", "Newsletters"),
    "intro": T(
        "Partnerji projekta 2SoKroG izmenično pripravljajo e-novice o delu projekta. Tu so vse izdane številke, "
        "urejene po letih.",
        "Partneri projekta 2SoKroG naizmjence pripremaju e-bilten o radu projekta. Ovdje su svi objavljeni "
        "brojevi, po godinama.",
        "The 2SoKroG partners take turns to publish the project newsletter. Here are all issues, by year.",
    ),
}

SIGNUP = {
    "slug": T("prijava", "prijava", "subscribe"),
    "title": T("Prijava na e-novice", "Prijava na e-bilten", "Subscribe to the newsletter"),
    "intro": T(
        "Nove številke e-novic vam pošljemo po e-pošti v jeziku, ki ga izberete. Prijavo potrdite s povezavo, ki "
        "jo prejmete po e-pošti.",
        "Nove brojeve e-biltena šaljemo vam e-poštom na jeziku koji odaberete. Prijavu potvrđujete poveznicom "
        "koju primite e-poštom.",
        "We e-mail you each new issue in the language you choose. You confirm your subscription with a link we "
        "send you.",
    ),
    "consent": [
        T(
            "Strinjam se, da ZRS Bistra Ptuj kot vodilni partner projekta 2SoKroG hrani moj e-poštni naslov, "
            "izbrani jezik, izbrane teme ter čas in različico te privolitve, da mi pošilja e-novice projekta.",
            "Slažem se da ZRS Bistra Ptuj kao vodeći partner projekta 2SoKroG pohranjuje moju adresu e-pošte, "
            "odabrani jezik, odabrane teme te vrijeme i inačicu ove privole kako bi mi slao e-bilten projekta.",
            "I agree that ZRS Bistra Ptuj, lead partner of the 2SoKroG project, keeps my e-mail address, chosen "
            "language, chosen topics and the time and version of this consent in order to send me the project "
            "newsletter.",
        ),
        T(
            "Privolitev lahko kadar koli prekličem s povezavo za odjavo v vsakem sporočilu; takrat se moj naslov "
            "izbriše. Več v izjavi o varstvu osebnih podatkov.",
            "Privolu mogu povući u bilo kojem trenutku poveznicom za odjavu u svakoj poruci; tada se moja adresa "
            "briše. Više u izjavi o zaštiti osobnih podataka.",
            "I can withdraw this consent at any time with the unsubscribe link in every message, which deletes my "
            "address. More in the privacy notice.",
        ),
    ],
}

TAG_INFO_DAYS = T("informativni dnevi", "informativni dani", "info days")
TAG_SEMINAR = T("seminar", "seminar", "seminar")
TAG_PEER_REVIEW = T("strokovna presoja", "stručna procjena", "peer review")
TAG_MEDIA = T("mediji", "mediji", "media")
TAG_CONFERENCE = T("konferenca", "konferencija", "conference")

NEWS = [
    {
        "date": datetime.date(2018, 12, 6),
        "tags": [TAG_PEER_REVIEW],
        "slug": T("prva-strokovna-presoja-v-ormozu", "prva-strucna-procjena-u-ormozu", "first-peer-review-in-ormoz"),
        "title": T("Prva strokovna presoja v Ormožu", "Prva stručna procjena u Ormožu", "First peer review in Ormož"),
        "intro": T(
            "Partnerji, centri za socialno delo, zavodi za zaposlovanje in ministrstva so se v Ormožu prvič "
            "zbrali na strokovni presoji o socialni aktivaciji.",
            "Partneri, centri za socijalnu skrb, zavodi za zapošljavanje i ministarstva prvi su se put okupili u "
            "Ormožu na stručnoj procjeni o socijalnoj aktivaciji.",
            "Partners, social work centres, employment services and ministries met in Ormož for the first peer "
            "review on social activation.",
        ),
        "body": [
            T(
                "Namen srečanja je bil ozaveščanje, izobraževanje in odprta razprava o tem, kaj lahko socialna "
                "aktivacija pomeni za obmejno območje Slovenije in Hrvaške. Predstavljene so bile nove raziskave, "
                "trendi in primeri dobre prakse s področja socialne politike.",
                "Cilj susreta bili su osvješćivanje, obrazovanje i otvorena rasprava o tome što socijalna "
                "aktivacija može značiti za pogranično područje Slovenije i Hrvatske. Predstavljena su nova "
                "istraživanja, trendovi i primjeri dobre prakse iz socijalne politike.",
                "The meeting set out to raise awareness, share knowledge and discuss openly what social activation "
                "can mean for the border area of Slovenia and Croatia. Recent research, trends and good practice "
                "in social policy were presented.",
            ),
            T(
                "Centar za socijalnu skrb Čakovec je predstavil socialno mentorstvo kot obliko aktivacije in "
                "odgovor na socialna tveganja. Ugotovitve presoje so podlaga za partnerstva med ustanovami in za "
                "razvoj modela 2SoKroG.",
                "Centar za socijalnu skrb Čakovec predstavio je socijalno mentorstvo kao oblik aktivacije i "
                "odgovor na socijalne rizike. Zaključci procjene temelj su za partnerstva među ustanovama i za "
                "razvoj modela 2SoKroG.",
                "The Centre for Social Welfare Čakovec presented social mentoring as a form of activation and an "
                "answer to social risks. The findings are a basis for partnerships between institutions and for "
                "developing the 2SoKroG model.",
            ),
        ],
    },
    {
        "date": datetime.date(2019, 2, 12),
        "tags": [TAG_PEER_REVIEW],
        "slug": T(
            "druga-strokovna-presoja-v-cakovcu",
            "druga-strucna-procjena-u-cakovcu",
            "second-peer-review-in-cakovec",
        ),
        "title": T(
            "Druga strokovna presoja v Čakovcu", "Druga stručna procjena u Čakovcu", "Second peer review in Čakovec"
        ),
        "intro": T(
            "V Tehnološko-inovacijskem centru Međimurje so strokovnjaki z obeh strani meje ovrednotili prve "
            "rezultate projekta.",
            "U Tehnološko-inovacijskom centru Međimurje stručnjaci s obje strane granice vrednovali su prve "
            "rezultate projekta.",
            "At the Međimurje Technology and Innovation Centre, experts from both sides of the border evaluated "
            "the project's first results.",
        ),
        "body": [
            T(
                "Srečanje je organizirala Javna ustanova za razvoj Međimurske županije REDEA. Udeležili so se ga "
                "partnerji, centri za socialno delo, zavodi za zaposlovanje, socialna podjetja ter lokalne in "
                "regionalne oblasti.",
                "Susret je organizirala Javna ustanova za razvoj Međimurske županije REDEA. Sudjelovali su "
                "partneri, centri za socijalnu skrb, zavodi za zapošljavanje, socijalna poduzeća te lokalna i "
                "regionalna samouprava.",
                "The meeting was organised by REDEA, the Public Institution for the Development of Međimurje "
                "County. Partners, social work centres, employment services, social enterprises and local and "
                "regional authorities took part.",
            ),
            T(
                "V razpravi so sodelovali predstavniki pristojnih ministrstev obeh držav, Centra za socialnu skrb "
                "Čakovec, Hrvaškega zavoda za zaposlovanje ter socialnih podjetij, med njimi Humana Nova iz "
                "Čakovca. Ugotovitve so vodilo za pripravo modela socialne aktivacije.",
                "U raspravi su sudjelovali predstavnici nadležnih ministarstava obiju država, Centra za socijalnu "
                "skrb Čakovec, Hrvatskog zavoda za zapošljavanje i socijalnih poduzeća, među njima Humane Nove iz "
                "Čakovca. Zaključci su smjernice za izradu modela socijalne aktivacije.",
                "The panel brought together the responsible ministries of both countries, the Centre for Social "
                "Welfare Čakovec, the Croatian Employment Service and social enterprises, among them Humana Nova "
                "from Čakovec. Its conclusions guide the design of the social activation model.",
            ),
        ],
    },
    {
        "date": datetime.date(2019, 3, 22),
        "tags": [TAG_INFO_DAYS],
        "slug": T(
            "informativni-dan-ob-svetovnem-dnevu-socialnega-dela",
            "informativni-dan-uz-svjetski-dan-socijalnog-rada",
            "info-day-on-world-social-work-day",
        ),
        "title": T(
            "Informativni dan ob svetovnem dnevu socialnega dela",
            "Informativni dan uz Svjetski dan socijalnog rada",
            "Info day on World Social Work Day",
        ),
        "intro": T(
            "REDEA in Centar za socijalnu skrb Čakovec sta ob svetovnem dnevu socialnega dela predstavila projekt "
            "2SoKroG.",
            "REDEA i Centar za socijalnu skrb Čakovec predstavili su projekt 2SoKroG uz Svjetski dan socijalnog rada.",
            "REDEA and the Centre for Social Welfare Čakovec presented 2SoKroG on World Social Work Day.",
        ),
        "body": [
            T(
                "Z zaposlenimi v centru so se pogovarjali o tem, kako tveganje revščine prepoznati dovolj zgodaj, "
                "in o socialnem podjetništvu, ki težje zaposljivim ljudem ponuja delovno usposabljanje ali "
                "zaposlitev.",
                "S djelatnicima centra razgovarali su o tome kako rizik od siromaštva prepoznati na vrijeme te o "
                "socijalnom poduzetništvu, koje teže zapošljivim osobama nudi radno osposobljavanje ili zaposlenje.",
                "With the centre's staff they discussed how to recognise the risk of poverty early, and social "
                "entrepreneurship, which offers work training or jobs to people who find it hard to get work.",
            ),
        ],
    },
    {
        "date": datetime.date(2019, 6, 13),
        "tags": [TAG_SEMINAR],
        "slug": T("seminar-socialna-aktivacija-v-celju", "seminar-socijalna-aktivacija-u-celju", "seminar-in-celje"),
        "title": T(
            "Seminar o socialni aktivaciji v Celju",
            "Seminar o socijalnoj aktivaciji u Celju",
            "Seminar on social activation in Celje",
        ),
        "intro": T(
            "Na Centru za socialno delo Celje so se javni uslužbenci učili, kako model socialne aktivacije "
            "uporabiti pri svojem delu.",
            "U Centru za socialno delo Celje javni službenici učili su kako model socijalne aktivacije primijeniti "
            "u svom radu.",
            "At the Celje Social Work Centre, public servants learnt how to use the social activation model in "
            "their work.",
        ),
        "body": [
            T(
                "Seminar je bil namenjen zaposlenim v centrih za socialno delo in uradih za delo, pristojnim "
                "ministrstvom, strokovnjakom in ustanovam neformalnega izobraževanja. Predstavljeni so bili primeri "
                "socialnih inovacij in celosten pristop, ki povezuje socialno varstvo, zaposlovanje in trg dela.",
                "Seminar je bio namijenjen djelatnicima centara za socijalnu skrb i ureda za zapošljavanje, "
                "nadležnim ministarstvima, stručnjacima i ustanovama neformalnog obrazovanja. Predstavljeni su "
                "primjeri socijalnih inovacija i cjelovit pristup koji povezuje socijalnu skrb, zapošljavanje i "
                "tržište rada.",
                "The seminar was for staff of social work centres and employment offices, the responsible "
                "ministries, experts and non-formal education providers. It showed examples of social innovation "
                "and an approach that joins up social welfare, employment programmes and the labour market.",
            ),
        ],
    },
    {
        "date": datetime.date(2019, 9, 18),
        "tags": [TAG_SEMINAR],
        "slug": T("seminar-v-cakovcu", "seminar-u-cakovcu", "seminar-in-cakovec"),
        "title": T(
            "Drugi strokovni seminar v Čakovcu", "Drugi stručni seminar u Čakovcu", "Second expert seminar in Čakovec"
        ),
        "intro": T(
            "Strokovnjaki iz Slovenije in Hrvaške so govorili o socialni aktivaciji v EU in o delu z ljudmi, ki so "
            "socialno izključeni.",
            "Stručnjaci iz Slovenije i Hrvatske govorili su o socijalnoj aktivaciji u EU-u i o radu s osobama koje "
            "su socijalno isključene.",
            "Experts from Slovenia and Croatia spoke about social activation in the EU and about working with "
            "people who are socially excluded.",
        ),
        "body": [
            T(
                "Predavali so strokovnjaki Inštituta RS za socialno varstvo, Hrvaškega združenja socialnih "
                "delavcev, Študijskega centra socialnega dela Pravne fakultete v Zagrebu in Zavoda za javno zdravje "
                "Međimurske županije.",
                "Predavali su stručnjaci Instituta RS za socijalnu skrb, Hrvatske udruge socijalnih radnika, "
                "Studijskog centra socijalnog rada Pravnog fakulteta u Zagrebu i Zavoda za javno zdravstvo "
                "Međimurske županije.",
                "Speakers came from the Social Protection Institute of Slovenia, the Croatian Association of Social "
                "Workers, the Study Centre for Social Work at the University of Zagreb's Faculty of Law and the "
                "Međimurje County Public Health Institute.",
            ),
            T(
                "Govorili so o psiholoških vidikih aktivacije, o tveganjih socialne izključenosti in o izzivih "
                "socialnega dela z ljudmi, ki so dolgo brez dela.",
                "Govorili su o psihološkim aspektima aktivacije, o rizicima socijalne isključenosti i o izazovima "
                "socijalnog rada s osobama koje su dugo bez posla.",
                "They covered the psychological side of activation, the risks of social exclusion and the "
                "challenges of social work with people who have long been without work.",
            ),
        ],
    },
    {
        "date": datetime.date(2019, 9, 20),
        "tags": [TAG_MEDIA],
        "slug": T("novinarska-konferenca-v-varazdinu", "konferencija-za-medije-u-varazdinu", "press-conference"),
        "title": T(
            "Novinarska konferenca v Varaždinu",
            "Konferencija za medije u Varaždinu",
            "Press conference in Varaždin",
        ),
        "intro": T(
            "Javna ustanova za regionalni razvoj Varaždinske županije je projekt 2SoKroG predstavila novinarjem.",
            "Javna ustanova za regionalni razvoj Varaždinske županije predstavila je projekt 2SoKroG novinarima.",
            "The Public Institution for Regional Development of Varaždin County presented 2SoKroG to the press.",
        ),
        "body": [
            T(
                "Poudarek je bil na tem, da socialna aktivacija prejemnikom socialne pomoči pomaga do zaposlitve, "
                "pa tudi do boljšega duševnega zdravja. O projektu so poročali regionalni mediji.",
                "Naglasak je bio na tome da socijalna aktivacija primateljima socijalne pomoći pomaže do posla, ali "
                "i do boljeg psihičkog zdravlja. O projektu su izvijestili regionalni mediji.",
                "The message: social activation helps people on social assistance towards a job, and also towards "
                "better mental health. Regional media reported on the project.",
            ),
        ],
    },
    {
        "date": datetime.date(2019, 9, 24),
        "tags": [TAG_INFO_DAYS],
        "slug": T(
            "informativni-dan-na-sejmu-varnosti", "informativni-dan-na-sajmu-sigurnosti", "info-day-at-safety-fair"
        ),
        "title": T(
            "Informativni dan na sejmu varnosti v Čakovcu",
            "Informativni dan na Sajmu sigurnosti u Čakovcu",
            "Info day at the safety fair in Čakovec",
        ),
        "intro": T(
            "Na šestem sejmu varnosti in preventive sta Centar za socijalnu skrb Čakovec in REDEA obiskovalcem "
            "predstavila projekt.",
            "Na šestom Sajmu sigurnosti i prevencije Centar za socijalnu skrb Čakovec i REDEA predstavili su "
            "projekt posjetiteljima.",
            "At the sixth Safety and Prevention Fair, the Centre for Social Welfare Čakovec and REDEA presented "
            "the project to visitors.",
        ),
        "body": [
            T(
                "Sejem organizira Policijska uprava međimurska z Mestom Čakovec in Svetom za preventivo Međimurske "
                "županije. Z obiskovalci so se pogovarjali o pravočasnem prepoznavanju tveganja revščine in o "
                "možnostih za vključevanje ljudi, ki so dolgo brez dela.",
                "Sajam organizira Policijska uprava međimurska s Gradom Čakovcem i Vijećem za prevenciju Međimurske "
                "županije. S posjetiteljima se razgovaralo o pravodobnom prepoznavanju rizika od siromaštva i o "
                "mogućnostima uključivanja dugotrajno nezaposlenih osoba.",
                "The fair is organised by the Međimurje Police Administration with the City of Čakovec and the "
                "county's prevention council. Visitors talked with the team about spotting the risk of poverty "
                "early and about ways to include people who have long been out of work.",
            ),
        ],
    },
    {
        "date": datetime.date(2019, 10, 4),
        "tags": [TAG_INFO_DAYS],
        "slug": T("informativni-dnevi-v-varazdinu", "informativni-dani-u-varazdinu", "info-days-in-varazdin"),
        "title": T(
            "Informativni dnevi v Varaždinski županiji",
            "Informativni dani u Varaždinskoj županiji",
            "Info days in Varaždin County",
        ),
        "intro": T(
            "Zaposleni v Centru za socialno skrb Varaždin in na regionalnem uradu zavoda za zaposlovanje so "
            "spoznali projekt in napovedana usposabljanja.",
            "Djelatnici Centra za socijalnu skrb Varaždin i Regionalnog ureda HZZ-a Varaždin upoznali su projekt "
            "i najavljena osposobljavanja.",
            "Staff of the Varaždin Centre for Social Welfare and the regional employment office learnt about the "
            "project and the training to come.",
        ),
        "body": [
            T(
                "Informativne dneve sta pripravila JURA Varaždin in Centar za socijalnu skrb Čakovec. Napovedala "
                "sta čezmejne delavnice za javne uslužbence, ki so se začele 17. oktobra 2019 na Ptuju.",
                "Informativne dane pripremili su JURA Varaždin i Centar za socijalnu skrb Čakovec. Najavili su "
                "prekogranične radionice za javne službenike, koje su počele 17. listopada 2019. u Ptuju.",
                "The info days were prepared by JURA Varaždin and the Centre for Social Welfare Čakovec. They "
                "announced the cross-border workshops for public servants, which began on 17 October 2019 in Ptuj.",
            ),
        ],
    },
    {
        "date": datetime.date(2020, 9, 17),
        "tags": [TAG_CONFERENCE],
        "slug": T("zakljucna-konferenca-na-ptuju", "zavrsna-konferencija-u-ptuju", "final-conference-in-ptuj"),
        "title": T(
            "Zaključna čezmejna konferenca na Ptuju",
            "Završna prekogranična konferencija u Ptuju",
            "Final cross-border conference in Ptuj",
        ),
        "intro": T(
            "Več kot 180 udeležencev je spremljalo konferenco »Socialna aktivacija – nov izziv za dolgotrajno "
            "brezposelne«.",
            "Više od 180 sudionika pratilo je konferenciju »Socijalna aktivacija – novi izazov za dugotrajno "
            "nezaposlene osobe«.",
            "More than 180 people followed the conference “Social activation – a new challenge for the long-term "
            "unemployed”.",
        ),
        "body": [
            T(
                "Konferenca je potekala na Ptuju, hrvaški udeleženci pa so se zaradi epidemije covida-19 pridružili "
                "po spletu. Predstavljeni so bili rezultati projekta na področju socialne aktivacije v javnem "
                "sektorju.",
                "Konferencija se održala u Ptuju, a hrvatski sudionici su se zbog pandemije COVID-19 pridružili "
                "online. Predstavljeni su rezultati projekta u socijalnoj aktivaciji u javnom sektoru.",
                "The conference took place in Ptuj, with Croatian participants joining online because of COVID-19. "
                "It presented what the project achieved for social activation in the public sector.",
            ),
            T(
                "Trije paneli so obravnavali socialno aktivacijo kot pot do trga dela, njen vpliv na duševno "
                "zdravje in motivacijo ter zgodbe o uspehu socialnega podjetništva. Udeleženci programov so "
                "pripovedovali o svoji poti do zaposlitve in se zahvalili podjetjema CPU in Humana Nova.",
                "Tri panela bavila su se socijalnom aktivacijom kao putem do tržišta rada, njezinim utjecajem na "
                "mentalno zdravlje i motivaciju te pričama o uspjehu socijalnog poduzetništva. Korisnici programa "
                "ispričali su svoj put do zaposlenja i zahvalili CPU-u i Humani Novi.",
                "Three panels covered social activation as a route to the labour market, its effect on mental "
                "health and motivation, and success stories of social entrepreneurship. Programme participants "
                "told how they found work and thanked CPU and Humana Nova.",
            ),
        ],
    },
]

# The publishing partner of each issue, by the partner's Slovenian name in home.demo.data.PARTNERS.
SECTIONS = {
    "REDEA": {
        "partner": "Javna ustanova za razvoj Međimurske županije REDEA",
        "slug": T("redea", "redea", "redea"),
        "title": T("E-novice REDEA", "E-bilten REDEA", "REDEA newsletters"),
    },
    "RASR": {
        "partner": "Razvojna agencija Savinjske regije d.o.o.",
        "slug": T("rasr", "rasr", "rasr"),
        "title": T("E-novice RASR", "E-bilten RASR", "RASR newsletters"),
    },
    "CZSS": {
        "partner": "Centar za socijalnu skrb Čakovec",
        "slug": T("czss-cakovec", "czss-cakovec", "czss-cakovec"),
        "title": T(
            "E-novice Centra za socialno delo Čakovec",
            "E-bilten Centra za socijalnu skrb Čakovec",
            "Newsletters of the Centre for Social Welfare Čakovec",
        ),
    },
    "JURA": {
        "partner": "Javna ustanova za regionalni razvoj Varaždinske županije",
        "slug": T("jura", "jura", "jura"),
        "title": T("E-novice JURA", "E-bilten JURA", "JURA newsletters"),
    },
    "CPU": {
        "partner": "Center ponovne uporabe d.o.o., so.p.",
        "slug": T("cpu", "cpu", "cpu"),
        "title": T("E-novice CPU", "E-bilten CPU", "CPU newsletters"),
    },
    "BISTRA": {
        "partner": "Znanstveno-raziskovalno središče Bistra Ptuj",
        "slug": T("zrs-bistra-ptuj", "zrs-bistra-ptuj", "zrs-bistra-ptuj"),
        "title": T("E-novice ZRS Bistra Ptuj", "E-bilten ZRS Bistra Ptuj", "ZRS Bistra Ptuj newsletters"),
    },
    "ZRSZ": {
        "partner": "Zavod Republike Slovenije za zaposlovanje – Območna služba Ptuj",
        "slug": T("zrsz-ptuj", "zrsz-ptuj", "zrsz-ptuj"),
        "title": T(
            "E-novice Zavoda RS za zaposlovanje, OS Ptuj",
            "E-bilten Zavoda RS za zapošljavanje, PS Ptuj",
            "Newsletters of the Employment Service of Slovenia, Ptuj",
        ),
    },
}

# Every project partner also has a corner of the news, where its editors write news for review.
NEWS_SECTIONS = {
    key: {
        "partner": spec["partner"],
        "slug": spec["slug"],
        "title": T(
            *(f"{prefix} {name}" for prefix, name in zip(("Novice", "Novosti", "News from"), names, strict=True))
        ),
        "intro": T(
            "Novice, ki jih piše partner in jih pred objavo pregleda ekipa za komuniciranje.",
            "Novosti koje piše partner, a prije objave pregledava tim za komunikaciju.",
            "News written by the partner and reviewed by the communications team before it goes live.",
        ),
    }
    for key, spec, names in (
        ("BISTRA", SECTIONS["BISTRA"], ("ZRS Bistra Ptuj",) * 3),
        ("RASR", SECTIONS["RASR"], ("RASR",) * 3),
        ("CPU", SECTIONS["CPU"], ("CPU",) * 3),
        ("ZRSZ", SECTIONS["ZRSZ"], ("ZRSZ OS Ptuj", "ZRSZ PS Ptuj", "Employment Service, Ptuj")),
        ("JURA", SECTIONS["JURA"], ("JURA",) * 3),
        ("CZSS", SECTIONS["CZSS"], ("CZSS Čakovec",) * 3),
        ("REDEA", SECTIONS["REDEA"], ("REDEA",) * 3),
    )
}

ISSUES = [
    {
        "section": "REDEA",
        "label": "10/2019",
        "date": datetime.date(2019, 10, 31),
        "topics": ["activation", "training"],
        "slug": T("e-novice-10-2019", "e-bilten-10-2019", "newsletter-10-2019"),
        "title": T("Jesen informativnih dni", "Jesen informativnih dana", "An autumn of info days"),
        "summary": T(
            "Informativni dnevi v Čakovcu in Varaždinu, seminar v Čakovcu, novinarska konferenca in začetek "
            "čezmejnih delavnic.",
            "Informativni dani u Čakovcu i Varaždinu, seminar u Čakovcu, konferencija za medije i početak "
            "prekograničnih radionica.",
            "Info days in Čakovec and Varaždin, a seminar in Čakovec, a press conference and the start of the "
            "cross-border workshops.",
        ),
        "body": [
            T(
                "Septembra in oktobra 2019 smo projekt predstavili na sejmu varnosti v Čakovcu, zaposlenim v "
                "Varaždinski županiji in novinarjem.",
                "U rujnu i listopadu 2019. projekt smo predstavili na Sajmu sigurnosti u Čakovcu, djelatnicima u "
                "Varaždinskoj županiji i novinarima.",
                "In September and October 2019 we presented the project at the safety fair in Čakovec, to staff in "
                "Varaždin County and to the press.",
            ),
            T(
                "Prvi modul čezmejnih delavnic je bil 17. oktobra na Ptuju, drugi sledi 6. novembra v Čakovcu.",
                "Prvi modul prekograničnih radionica održan je 17. listopada u Ptuju, drugi slijedi 6. studenoga u "
                "Čakovcu.",
                "The first workshop module took place on 17 October in Ptuj; the second follows on 6 November in "
                "Čakovec.",
            ),
        ],
    },
    {
        "section": "RASR",
        "label": "01/2020",
        "date": datetime.date(2020, 1, 15),
        "topics": ["training", "health"],
        "slug": T("e-novice-01-2020", "e-bilten-01-2020", "newsletter-01-2020"),
        "title": T("Mentorji in zdravje", "Mentori i zdravlje", "Mentors and health"),
        "summary": T(
            "Drugi modul o vlogi mentorja in tretji modul o vplivu socialne aktivacije na zdravje uporabnikov.",
            "Drugi modul o ulozi mentora i treći modul o utjecaju socijalne aktivacije na zdravlje korisnika.",
            "The second module on the role of the mentor and the third on how social activation affects "
            "people's health.",
        ),
        "body": [
            T(
                "Novembra v Čakovcu smo spoznali osnove socialnega mentorstva, decembra v Celju pa poklicno "
                "rehabilitacijo s primeri dobre prakse.",
                "U studenome smo u Čakovcu upoznali osnove socijalnog mentorstva, a u prosincu u Celju "
                "profesionalnu rehabilitaciju s primjerima dobre prakse.",
                "In November in Čakovec we learnt the basics of social mentoring, and in December in Celje about "
                "vocational rehabilitation, with examples of good practice.",
            ),
            T(
                "Delavnice koordinira Razvojna agencija Savinjske regije. Četrti modul bo 28. januarja 2020 v "
                "Šalovcih.",
                "Radionice koordinira Razvojna agencija Savinjske regije. Četvrti modul bit će 28. siječnja 2020. "
                "u Šalovcima.",
                "The Savinja Regional Development Agency coordinates the workshops. The fourth module will be on "
                "28 January 2020 in Šalovci.",
            ),
        ],
    },
    {
        "section": "CZSS",
        "label": "02/2020",
        "date": datetime.date(2020, 2, 10),
        "topics": ["enterprise"],
        "slug": T("e-novice-02-2020", "e-bilten-02-2020", "newsletter-02-2020"),
        "title": T(
            "Socialno podjetništvo na kmetiji Korenika",
            "Socijalno poduzetništvo na farmi Korenika",
            "Social enterprise at the Korenika farm",
        ),
        "summary": T(
            "Četrti modul smo izvedli na eko-socialni kmetiji Korenika v Šalovcih, kjer smo spoznali njihov "
            "poslovni model.",
            "Četvrti modul održali smo na eko-socijalnoj farmi Korenika u Šalovcima, gdje smo upoznali njihov "
            "poslovni model.",
            "The fourth module took place at the Korenika eco-social farm in Šalovci, where we saw how its "
            "business model works.",
        ),
        "body": [
            T(
                "Tema je bila socialno podjetništvo kot prostor za praktični in učni del socialne aktivacije. "
                "Dobro prakso sta predstavila vodji kmetije, teoretični del pa strokovnjaki za socialno ekonomijo.",
                "Tema je bila socijalno poduzetništvo kao prostor za praktični i nastavni dio socijalne aktivacije. "
                "Dobru praksu predstavili su voditelji farme, a teorijski dio stručnjaci za socijalnu ekonomiju.",
                "The theme was social enterprise as a place for the practical, learning part of social activation. "
                "The farm's managers shared their experience and social economy experts gave the theory.",
            ),
            T(
                "Zadnji, peti modul bo 19. februarja 2020 v Varaždinu.",
                "Posljednji, peti modul bit će 19. veljače 2020. u Varaždinu.",
                "The fifth and last module will be on 19 February 2020 in Varaždin.",
            ),
        ],
    },
    {
        "section": "JURA",
        "label": "05/2020",
        "date": datetime.date(2020, 5, 20),
        "topics": ["activation", "health"],
        "slug": T("e-novice-05-2020", "e-bilten-05-2020", "newsletter-05-2020"),
        "title": T(
            "Pet modulov, več kot 230 udeležencev",
            "Pet modula, više od 230 sudionika",
            "Five modules, more than 230 participants",
        ),
        "summary": T(
            "Peti modul v Varaždinu je zaokrožil cikel delavnic o preprečevanju revščine in socialne izključenosti.",
            "Peti modul u Varaždinu zaokružio je ciklus radionica o sprečavanju siromaštva i socijalne isključenosti.",
            "The fifth module in Varaždin completed the workshop cycle on preventing poverty and social exclusion.",
        ),
        "body": [
            T(
                "V Varaždinu so o vplivu dolgotrajne brezposelnosti na zdravje govorili strokovnjaki Zavoda za "
                "javno zdravje Varaždinske županije, svojo izkušnjo pa je predstavila socialna zadruga Humana Nova "
                "iz Čakovca.",
                "U Varaždinu su o utjecaju dugotrajne nezaposlenosti na zdravlje govorili stručnjaci Zavoda za "
                "javno zdravstvo Varaždinske županije, a svoje iskustvo predstavila je Socijalna zadruga Humana "
                "Nova iz Čakovca.",
                "In Varaždin, experts from the Varaždin County Public Health Institute spoke about how long-term "
                "unemployment affects health, and the Humana Nova social cooperative from Čakovec shared its "
                "experience.",
            ),
            T(
                "Vseh pet delavnic se je udeležilo več kot 230 ljudi, večinoma iz centrov za socialno delo in "
                "uradov za delo v Sloveniji in na Hrvaškem.",
                "Svih pet radionica pohađalo je više od 230 ljudi, većinom iz centara za socijalnu skrb i ureda za "
                "zapošljavanje u Sloveniji i Hrvatskoj.",
                "More than 230 people attended the five workshops, most of them from social work centres and "
                "employment offices in Slovenia and Croatia.",
            ),
        ],
    },
    {
        "section": "CPU",
        "label": "08/2020",
        "date": datetime.date(2020, 8, 25),
        "topics": [],
        "slug": T("e-novice-08-2020", "e-bilten-08-2020", "newsletter-08-2020"),
        "title": T(
            "Preizkušanje modela in zaključna konferenca",
            "Testiranje modela i završna konferencija",
            "Testing the model, and the final conference",
        ),
        "summary": T(
            "Sledijo preizkušanje modela socialne aktivacije, tudi z uporabniki, in podpis dvostranskega "
            "sporazuma med javnimi organi.",
            "Slijede testiranje modela socijalne aktivacije, i s korisnicima, te potpisivanje bilateralnog "
            "sporazuma među javnim tijelima.",
            "Next come testing the social activation model, with its users too, and a bilateral agreement between "
            "public bodies.",
        ),
        "body": [
            T(
                "Cilj socialne aktivacije je pomagati dolgotrajno brezposelnim in dolgotrajnim prejemnikom socialne "
                "pomoči, da se znova vključijo v družbo in, kadar je mogoče, v zaposlitev.",
                "Cilj socijalne aktivacije je pomoći dugotrajno nezaposlenima i dugotrajnim korisnicima socijalne "
                "pomoći da se ponovno uključe u društvo i, kad je moguće, u zaposlenje.",
                "Social activation aims to help people who have long been unemployed or on social assistance to "
                "rejoin society and, where possible, work.",
            ),
            T(
                "Zaključna čezmejna konferenca bo 17. septembra 2020 na Ptuju.",
                "Završna prekogranična konferencija bit će 17. rujna 2020. u Ptuju.",
                "The final cross-border conference will be on 17 September 2020 in Ptuj.",
            ),
        ],
    },
]

STORIES = [
    {
        "date": datetime.date(2020, 9, 21),
        "slug": T("nov-zacetek-pri-humani-novi", "novi-pocetak-u-humani-novi", "a-new-start-at-humana-nova"),
        "title": T("Nov začetek pri Humani Novi", "Novi početak u Humani Novi", "A new start at Humana Nova"),
        "intro": T(
            "Po letih brez dela je udeleženka programa socialne aktivacije v socialni zadrugi Humana Nova v "
            "Čakovcu našla delo in novo samozavest.",
            "Nakon godina bez posla sudionica programa socijalne aktivacije u Socijalnoj zadruzi Humana Nova u "
            "Čakovcu pronašla je posao i novo samopouzdanje.",
            "After years out of work, a participant in a social activation programme found a job and new "
            "confidence at the Humana Nova social cooperative in Čakovec.",
        ),
        "storyteller": T(
            "udeleženka programa iz Međimurja",
            "sudionica programa iz Međimurja",
            "a programme participant from Međimurje",
        ),
        "body": [
            (
                "paragraph",
                [
                    T(
                        "Dolgo je živela od socialne pomoči. Dnevi so bili enaki, stikov z ljudmi je bilo vse manj. "
                        "Socialna delavka ji je predlagala program socialne aktivacije.",
                        "Dugo je živjela od socijalne pomoći. Dani su bili isti, a kontakata s ljudima bilo je sve "
                        "manje. Socijalna radnica predložila joj je program socijalne aktivacije.",
                        "For a long time she lived on social assistance. The days were all alike and she saw fewer "
                        "and fewer people. Her social worker suggested a social activation programme.",
                    ),
                    T(
                        "V socialni zadrugi Humana Nova je najprej opravljala prakso. Naučila se je novih del, "
                        "dobila redni ritem in sodelavce, na katere se lahko zanese. Po praksi je dobila "
                        "zaposlitev.",
                        "U Socijalnoj zadruzi Humana Nova najprije je odradila praksu. Naučila je nove poslove, "
                        "dobila redoviti ritam i suradnike na koje se može osloniti. Nakon prakse dobila je posao.",
                        "At the Humana Nova social cooperative she first did a work placement. She learnt new "
                        "tasks, found a daily rhythm and colleagues she can rely on. After the placement she was "
                        "offered a job.",
                    ),
                ],
            ),
            (
                "quote",
                T(
                    "Najtežje je bilo prvič priti. Potem sem vsak dan prišla malo raje.",
                    "Najteže je bilo doći prvi put. Poslije sam svaki dan dolazila malo radije.",
                    "The hardest part was coming the first time. After that, I came a little more gladly every day.",
                ),
                T("udeleženka programa", "sudionica programa", "programme participant"),
            ),
            (
                "paragraph",
                [
                    T(
                        "Svojo zgodbo je septembra 2020 povedala na zaključni konferenci projekta 2SoKroG. Želela je "
                        "ostati anonimna.",
                        "Svoju je priču ispričala u rujnu 2020. na završnoj konferenciji projekta 2SoKroG. Željela "
                        "je ostati anonimna.",
                        "She told her story at the 2SoKroG final conference in September 2020. She chose to stay "
                        "anonymous.",
                    ),
                ],
            ),
        ],
    },
    {
        "date": datetime.date(2020, 9, 24),
        "slug": T("delo-na-kmetiji-korenika", "rad-na-farmi-korenika", "working-at-the-korenika-farm"),
        "title": T(
            "Delo, ki ima smisel: kmetija Korenika",
            "Posao koji ima smisla: farma Korenika",
            "Work that makes sense: the Korenika farm",
        ),
        "intro": T(
            "Na eko-socialni kmetiji Korenika v Šalovcih je udeleženec socialne aktivacije po dolgem času spet "
            "začel delati.",
            "Na eko-socijalnoj farmi Korenika u Šalovcima sudionik socijalne aktivacije nakon dugo vremena ponovno "
            "je počeo raditi.",
            "At the Korenika eco-social farm in Šalovci, a social activation participant started working again "
            "after a long time.",
        ),
        "storyteller": T(
            "udeleženec programa iz Pomurja",
            "sudionik programa iz Pomurja",
            "a programme participant from Pomurje",
        ),
        "body": [
            (
                "paragraph",
                [
                    T(
                        "Kmetija Korenika je socialno podjetje, ki ljudem, ki težje najdejo delo, ponuja "
                        "usposabljanje in zaposlitev. Na njej je potekal tudi četrti modul čezmejnih delavnic "
                        "projekta 2SoKroG.",
                        "Farma Korenika socijalno je poduzeće koje osobama koje teže nalaze posao nudi "
                        "osposobljavanje i zaposlenje. Na njoj se održao i četvrti modul prekograničnih radionica "
                        "projekta 2SoKroG.",
                        "The Korenika farm is a social enterprise that offers training and jobs to people who find "
                        "it hard to get work. It also hosted the fourth module of the 2SoKroG cross-border "
                        "workshops.",
                    ),
                    T(
                        "Udeleženec je bil več let brez zaposlitve. Na kmetiji je začel z nekaj urami na dan, "
                        "danes pa skrbi za del pridelave in novince uvaja v delo.",
                        "Sudionik je bio nekoliko godina bez posla. Na farmi je počeo s nekoliko sati dnevno, a "
                        "danas brine o dijelu proizvodnje i uvodi nove ljude u posao.",
                        "He had been out of work for several years. He started at the farm with a few hours a day; "
                        "today he looks after part of the production and shows newcomers the ropes.",
                    ),
                ],
            ),
            (
                "quote",
                T(
                    "Tukaj vidim, kaj sem naredil. To mi je vrnilo voljo.",
                    "Ovdje vidim što sam napravio. To mi je vratilo volju.",
                    "Here I can see what I have done. That gave me back my drive.",
                ),
                T("udeleženec programa", "sudionik programa", "programme participant"),
            ),
        ],
    },
]

CONSENT_GIVEN_ON = datetime.date(2020, 9, 1)
CONSENT_VALID_UNTIL = datetime.date(2030, 8, 31)
