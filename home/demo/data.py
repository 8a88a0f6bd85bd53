"""Demo content for the foundation pages, in Slovenian (source), Croatian and English. Facts from the project's
public seed documents; all wording is our own."""

from home.demo.loader import T  # T(sl, hr, en): one translatable string in the three languages

LEAD_EMAIL = "klavdija.riznar@bistra.si"

# Shared by the home page and the about page, so each sentence has exactly one translation.
TARGET_GROUPS = [
    T("centri za socialno delo", "centri za socijalnu skrb", "social work centres"),
    T(
        "zavodi za zaposlovanje in uradi za delo",
        "zavodi za zapošljavanje i njihovi područni uredi",
        "employment services and their local offices",
    ),
    T("izobraževalne ustanove", "obrazovne ustanove", "educational institutions"),
    T(
        "lokalne in regionalne razvojne organizacije",
        "lokalne i regionalne razvojne organizacije",
        "local and regional development organisations",
    ),
    T(
        "socialna podjetja in nevladne organizacije",
        "socijalna poduzeća i nevladine organizacije",
        "social enterprises and non-governmental organisations",
    ),
    T(
        "prebivalci odročnih obmejnih območij",
        "stanovnici perifernih pograničnih područja",
        "people living in remote border areas",
    ),
    T("pristojna ministrstva", "nadležna ministarstva", "the responsible ministries"),
]

HEADING_LEAD = T("Vodilni partner", "Vodeći partner", "Lead partner")
LEAD_ADDRESS_LINE = T(
    "Znanstveno-raziskovalno središče Bistra Ptuj, Slovenski trg 6, 2250 Ptuj, Slovenija",
    "Znanstveno-raziskovalno središče Bistra Ptuj, Slovenski trg 6, 2250 Ptuj, Slovenija",
    "Scientific Research Centre Bistra Ptuj, Slovenski trg 6, 2250 Ptuj, Slovenia",
)
LEAD_EMAIL_LINE = T(f"E-pošta: {LEAD_EMAIL}", f"E-pošta: {LEAD_EMAIL}", f"E-mail: {LEAD_EMAIL}")

HOME = {
    "title": T(
        "2SoKroG – socialna aktivacija",
        "2SoKroG – socijalna aktivacija",
        "2SoKroG – social activation",
    ),
    "intro": T(
        "Partnerji iz Slovenije in Hrvaške skupaj razvijamo socialno aktivacijo, ki ljudem, dolgo brez "
        "zaposlitve ali odvisnim od socialne pomoči, pomaga, da se znova vključijo v družbo in približajo "
        "delu.",
        "Partneri iz Slovenije i Hrvatske zajedno razvijamo socijalnu aktivaciju koja osobama koje su dugo "
        "bez posla ili ovise o socijalnoj pomoći pomaže da se ponovno uključe u društvo i približe "
        "zaposlenju.",
        "Partners from Slovenia and Croatia are working together on social activation: support that helps "
        "people who have long been out of work or depend on social assistance to rejoin community life and "
        "move closer to a job.",
    ),
    "body": [
        ("heading", T("Kaj je socialna aktivacija?", "Što je socijalna aktivacija?", "What is social activation?")),
        (
            "paragraph",
            [
                T(
                    "Socialna aktivacija je podpora za ljudi, ki so dlje časa brez dela ali živijo od socialne "
                    "pomoči. Z njo postopoma pridobijo samozavest, znanje in nove stike, uredijo svoje "
                    "življenjske okoliščine in se, kadar je to mogoče, vrnejo na trg dela.",
                    "Socijalna aktivacija je podrška osobama koje su dulje vrijeme bez posla ili žive od "
                    "socijalne pomoći. Uz nju postupno stječu samopouzdanje, znanja i nove kontakte, sređuju "
                    "svoje životne okolnosti i, kad je to moguće, vraćaju se na tržište rada.",
                    "Social activation is support for people who have been out of work for a long time or who "
                    "live on social assistance. Step by step they gain confidence, skills and new contacts, "
                    "sort out their circumstances and, where possible, return to the labour market.",
                ),
                T(
                    "V projektu 2SoKroG centri za socialno delo, službe za zaposlovanje, razvojne agencije in "
                    "socialna podjetja z obeh strani meje skupaj razvijajo in preizkušajo model socialne "
                    "aktivacije. Ko službe sodelujejo, je pomoč hitrejša in bolj celostna, to pa prispeva tudi "
                    "k boljšemu zdravju ljudi v obmejnem prostoru.",
                    "U projektu 2SoKroG centri za socijalnu skrb, službe za zapošljavanje, razvojne agencije i "
                    "socijalna poduzeća s obje strane granice zajedno razvijaju i testiraju model socijalne "
                    "aktivacije. Kad službe surađuju, pomoć je brža i cjelovitija, a to pridonosi i boljem "
                    "zdravlju ljudi u pograničnom prostoru.",
                    "In 2SoKroG, social work centres, employment services, development agencies and social "
                    "enterprises from both sides of the border are jointly developing and testing a social "
                    "activation model. When services work together, help comes sooner and covers more of a "
                    "person's needs, which also supports better health in the border area.",
                ),
            ],
        ),
        ("heading", T("S kom sodelujemo", "S kim surađujemo", "Who we work with")),
        ("list", TARGET_GROUPS),
    ],
}

PAGES = [
    {
        "key": "about",
        "slug": T("o-projektu", "o-projektu", "about"),
        "title": T("O projektu", "O projektu", "About the project"),
        "intro": T(
            "2SoKroG je čezmejni projekt, ki krepi sodelovanje javnih služb za socialno varstvo in "
            "zaposlovanje v Sloveniji in na Hrvaškem.",
            "2SoKroG je prekogranični projekt koji jača suradnju javnih službi socijalne skrbi i "
            "zapošljavanja u Sloveniji i Hrvatskoj.",
            "2SoKroG is a cross-border project that strengthens cooperation between public social welfare "
            "and employment services in Slovenia and Croatia.",
        ),
        "search_description": T(
            "Cilji, rezultati, ciljne skupine, trajanje in proračun čezmejnega projekta 2SoKroG o socialni aktivaciji.",
            "Ciljevi, rezultati, ciljne skupine, trajanje i proračun prekograničnog projekta 2SoKroG o "
            "socijalnoj aktivaciji.",
            "Aims, results, target groups, duration and budget of 2SoKroG, a Slovenia–Croatia cross-border "
            "project on social activation.",
        ),
        "show_in_menus": True,
        "body": [
            ("heading", T("Izhodišče", "Polazište", "Background")),
            (
                "paragraph",
                [
                    T(
                        "Na obeh straneh slovensko-hrvaške meje se srečujemo s podobnimi težavami: veliko ljudi "
                        "je dolgo brez zaposlitve, ob tem pa se pogosto spopadajo še z zdravstvenimi težavami, "
                        "slabo obveščenostjo in odrinjenostjo iz družbe. Prejemnikov socialnih transferjev je "
                        "vse več, sami transferji pa jim le redko pomagajo, da bi se postavili na lastne noge.",
                        "S obje strane slovensko-hrvatske granice susrećemo se sa sličnim problemima: mnogo je "
                        "ljudi dugo bez posla, a uz to se često nose i sa zdravstvenim teškoćama, slabom "
                        "informiranošću i isključenošću iz društva. Korisnika socijalnih transfera sve je više, "
                        "a sami im transferi rijetko pomažu da stanu na vlastite noge.",
                        "People on both sides of the Slovenian–Croatian border face similar problems: many have "
                        "been without work for a long time and often also struggle with poor health, a lack of "
                        "information and exclusion from community life. More and more people receive social "
                        "transfers, yet the transfers alone rarely help them become self-reliant.",
                    ),
                    T(
                        "Zato 2SoKroG razvija nov model javnih storitev, v katerem centri za socialno delo in "
                        "službe za zaposlovanje skupaj s partnerji iz lokalnega okolja ranljivim ljudem ponudijo "
                        "celostno podporo. To je prva socialna aktivacija na tem čezmejnem območju, ki jo "
                        "preizkušamo v praksi.",
                        "Zato 2SoKroG razvija novi model javnih usluga u kojem centri za socijalnu skrb i službe "
                        "za zapošljavanje zajedno s partnerima iz lokalne zajednice ranjivim osobama pružaju "
                        "cjelovitu podršku. To je prva socijalna aktivacija na ovom prekograničnom području koja "
                        "se provjerava u praksi.",
                        "2SoKroG is therefore developing a new model of public services in which social work "
                        "centres and employment services join forces with local partners to give vulnerable "
                        "people comprehensive support. It is the first social activation approach in this "
                        "cross-border area to be tested in practice.",
                    ),
                ],
            ),
            ("heading", T("Cilji", "Ciljevi", "Aims")),
            (
                "list",
                [
                    T(
                        "močnejše partnerstvo med javnimi organi, ki izvajajo socialno aktivacijo na obeh straneh meje",
                        "snažnije partnerstvo među javnim tijelima koja provode socijalnu aktivaciju s obje "
                        "strane granice",
                        "stronger partnerships between the public bodies that deliver social activation on both "
                        "sides of the border",
                    ),
                    T(
                        "večje institucionalne zmogljivosti javnih ustanov z modelom 2SoKroG",
                        "veći institucionalni kapaciteti javnih ustanova zahvaljujući modelu 2SoKroG",
                        "greater institutional capacity of public institutions through the 2SoKroG model",
                    ),
                    T(
                        "uvedba modela 2SoKroG v vsakdanje delo in kakovostnejše javne storitve socialne aktivacije",
                        "uvođenje modela 2SoKroG u svakodnevni rad i kvalitetnije javne usluge socijalne aktivacije",
                        "putting the 2SoKroG model into everyday practice and raising the quality of public "
                        "social activation services",
                    ),
                    T(
                        "več znanja in spretnosti za javne uslužbence, ki delajo na področju socialne aktivacije",
                        "više znanja i vještina za javne službenike koji rade u području socijalne aktivacije",
                        "more knowledge and skills for public employees working in social activation",
                    ),
                ],
            ),
            ("heading", T("Pričakovani rezultati", "Očekivani rezultati", "Expected results")),
            (
                "list",
                [
                    T(
                        "Čezmejne strukture za sodelovanje javnih služb za socialno varstvo in zaposlovanje so "
                        "vzpostavljene in okrepljene, lokalna, regionalna in državna raven pa so bolje povezane.",
                        "Strukture prekogranične suradnje javnih službi socijalne skrbi i zapošljavanja uspostavljene "
                        "su i ojačane, a lokalna, regionalna i državna razina bolje su povezane.",
                        "Structures for cross-border cooperation between public social welfare and employment "
                        "services are set up and strengthened, and the local, regional and national levels are "
                        "better connected.",
                    ),
                    T(
                        "Inovativni model socialne aktivacije je razvit in preizkušen v centrih za socialno delo in "
                        "na uradih za delo. Ranljivim skupinam pomaga k večji socialni vključenosti in zaposlitvi, "
                        "tudi v socialnih podjetjih in na drugih prilagojenih trgih dela.",
                        "Inovativni model socijalne aktivacije razvijen je i testiran u centrima za socijalnu skrb i "
                        "uredima za zapošljavanje. Ranjivim skupinama pomaže do veće socijalne uključenosti i "
                        "zaposlenja, među ostalim u socijalnim poduzećima i na drugim prilagođenim tržištima rada.",
                        "An innovative social activation model is developed and tested in social work centres and "
                        "employment offices. It helps vulnerable groups towards greater social inclusion and "
                        "employment, including in social enterprises and other adapted labour markets.",
                    ),
                    T(
                        "Javni uslužbenci pridobijo kompetence in veščine za kakovostno socialno aktivacijo, ki "
                        "prispeva k zdravemu in varnemu okolju v obmejnem prostoru.",
                        "Javni službenici stječu kompetencije i vještine za kvalitetnu socijalnu aktivaciju koja "
                        "pridonosi zdravom i sigurnom okruženju u pograničnom prostoru.",
                        "Public employees gain the competences and skills to deliver good-quality social activation "
                        "that contributes to a healthy and safe environment in the border area.",
                    ),
                    T(
                        "Ljudi, ki jim grozi zdrs v revščino in socialno izključenost, prepoznamo pravočasneje, pri "
                        "čemer pomagata preventivni program ter medijska in nemedijska kampanja.",
                        "Osobe kojima prijeti pad u siromaštvo i socijalnu isključenost prepoznaju se pravodobnije, "
                        "uz pomoć preventivnog programa te medijske i izvanmedijske kampanje.",
                        "People at risk of sliding into poverty and social exclusion are recognised earlier, with "
                        "the help of a prevention programme and a media and non-media campaign.",
                    ),
                    T(
                        "Rezultati, izkušnje in dobre prakse projekta se prenesejo na druge regije in področja dela.",
                        "Rezultati, iskustva i dobre prakse projekta prenose se na druge regije i područja rada.",
                        "The project's results, experience and good practice are transferred to other regions and "
                        "fields of work.",
                    ),
                ],
            ),
            ("heading", T("Ciljne skupine", "Ciljne skupine", "Target groups")),
            ("list", TARGET_GROUPS),
            ("heading", T("Projekt na kratko", "Projekt ukratko", "The project at a glance")),
            (
                "list",
                [
                    T(
                        "Polno ime: Socialna aktivacija za zagotavljanje zdravega, varnega in dostopnejšega "
                        "čezmejnega območja",
                        "Puni naziv: Socijalna aktivacija za osiguranje zdravog, sigurnog i pristupačnog "
                        "pograničnog područja",
                        "Full title: Social activation for a healthy, safe and accessible cross-border area",
                    ),
                    T(
                        "Trajanje: od 1. 9. 2018 do 31. 8. 2020 (24 mesecev)",
                        "Trajanje: od 1. 9. 2018. do 31. 8. 2020. (24 mjeseca)",
                        "Duration: 1 September 2018 to 31 August 2020 (24 months)",
                    ),
                    T(
                        "Skupna vrednost projekta: 574.947,20 EUR",
                        "Ukupna vrijednost projekta: 574.947,20 EUR",
                        "Total budget: EUR 574,947.20",
                    ),
                    T(
                        "Sredstva Evropskega sklada za regionalni razvoj (ESRR): 488.705,12 EUR (85 %)",
                        "Sredstva Europskog fonda za regionalni razvoj (EFRR): 488.705,12 EUR (85 %)",
                        "European Regional Development Fund (ERDF) contribution: EUR 488,705.12 (85%)",
                    ),
                    T(
                        "Program: Interreg V-A Slovenija–Hrvaška 2014–2020, prednostna os 3 »Zdrava, varna in "
                        "dostopna obmejna območja«",
                        "Program: Interreg V-A Slovenija – Hrvatska 2014. – 2020., prioritetna os 3 „Zdrava, "
                        "sigurna i pristupačna pogranična područja”",
                        "Programme: Interreg V-A Slovenia–Croatia 2014–2020, priority axis 3 “Healthy, safe and "
                        "accessible border areas”",
                    ),
                    T(
                        "Regije v Sloveniji: Podravska, Savinjska in Osrednjeslovenska",
                        "Regije u Sloveniji: Podravska, Savinjska i Osrednjeslovenska",
                        "Regions in Slovenia: Podravska, Savinjska and Osrednjeslovenska",
                    ),
                    T(
                        "Županije na Hrvaškem: Varaždinska in Međimurska županija",
                        "Županije u Hrvatskoj: Varaždinska i Međimurska županija",
                        "Counties in Croatia: Varaždin County and Međimurje County",
                    ),
                    T(
                        "Vodilni partner: Znanstveno-raziskovalno središče Bistra Ptuj (ZRS Bistra Ptuj)",
                        "Vodeći partner: Znanstveno-raziskovalno središče Bistra Ptuj (ZRS Bistra Ptuj)",
                        "Lead partner: Scientific Research Centre Bistra Ptuj (ZRS Bistra Ptuj)",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "partners",
        "slug": T("partnerji", "partneri", "partners"),
        "title": T("Partnerji", "Partneri", "Partners"),
        "intro": T(
            "Projekt izvaja sedem partnerjev iz Slovenije in Hrvaške, pri delu pa jih podpira še osem "
            "pridruženih partnerjev.",
            "Projekt provodi sedam partnera iz Slovenije i Hrvatske, a u radu ih podupire još osam pridruženih "
            "partnera.",
            "Seven partners from Slovenia and Croatia carry out the project, with the support of eight "
            "associated partners.",
        ),
        "search_description": T(
            "Vodilni, projektni in pridruženi partnerji projekta 2SoKroG iz Slovenije in Hrvaške.",
            "Vodeći, projektni i pridruženi partneri projekta 2SoKroG iz Slovenije i Hrvatske.",
            "The lead, project and associated partners of 2SoKroG in Slovenia and Croatia.",
        ),
        "show_in_menus": True,
        "body": [
            (
                "paragraph",
                [
                    T(
                        "Partnerstvo povezuje raziskovalno središče, razvojne agencije, socialno podjetje ter "
                        "javne službe za socialno varstvo in zaposlovanje. Pridruženi partnerji, med njimi "
                        "pristojna ministrstva in ustanove za izobraževanje odraslih, pomagajo, da rezultati "
                        "projekta zaživijo v vsakdanji praksi.",
                        "Partnerstvo okuplja istraživački centar, razvojne agencije, socijalno poduzeće te "
                        "javne službe socijalne skrbi i zapošljavanja. Pridruženi partneri, među kojima su "
                        "nadležna ministarstva i ustanove za obrazovanje odraslih, pomažu da rezultati projekta "
                        "zažive u svakodnevnoj praksi.",
                        "The partnership brings together a research centre, development agencies, a social "
                        "enterprise and public social welfare and employment services. The associated partners, "
                        "among them the responsible ministries and adult education providers, help carry the "
                        "project's results into everyday practice.",
                    ),
                ],
            ),
            ("heading", HEADING_LEAD),
            ("partners", "lead"),
            ("heading", T("Projektni partnerji", "Projektni partneri", "Project partners")),
            ("partners", "project"),
            ("heading", T("Pridruženi partnerji", "Pridruženi partneri", "Associated partners")),
            ("partners", "associated"),
        ],
    },
    {
        "key": "contact",
        "slug": T("kontakt", "kontakt", "contact"),
        "title": T("Kontakt", "Kontakt", "Contact"),
        "intro": T(
            "Z vprašanji o projektu 2SoKroG se obrnite na vodilnega partnerja ali na naše partnerje na Hrvaškem.",
            "S pitanjima o projektu 2SoKroG obratite se vodećem partneru ili našim partnerima u Hrvatskoj.",
            "For questions about 2SoKroG, please contact the lead partner or our partners in Croatia.",
        ),
        "search_description": T(
            "Kontaktne osebe projekta 2SoKroG v Sloveniji in na Hrvaškem: ZRS Bistra Ptuj, REDEA, CZSS "
            "Čakovec in CPU Ormož.",
            "Kontakt osobe projekta 2SoKroG u Sloveniji i Hrvatskoj: ZRS Bistra Ptuj, REDEA, CZSS Čakovec i CPU Ormož.",
            "Contact people for 2SoKroG in Slovenia and Croatia: ZRS Bistra Ptuj, REDEA, CZSS Čakovec and CPU Ormož.",
        ),
        "show_in_menus": True,
        "body": [
            ("heading", HEADING_LEAD),
            (
                "list",
                [
                    T(
                        "dr. Klavdija Rižnar, vodja projekta",
                        "dr. Klavdija Rižnar, voditeljica projekta",
                        "Dr Klavdija Rižnar, project manager",
                    ),
                    LEAD_ADDRESS_LINE,
                    LEAD_EMAIL_LINE,
                ],
            ),
            ("heading", T("Kontakti na Hrvaškem", "Kontakti u Hrvatskoj", "Contacts in Croatia")),
            (
                "list",
                [
                    T(
                        "Ivana Knez, Javna ustanova za razvoj Međimurske županije REDEA, Čakovec – e-pošta: "
                        "ivana.knez@redea.hr",
                        "Ivana Knez, Javna ustanova za razvoj Međimurske županije REDEA, Čakovec – e-pošta: "
                        "ivana.knez@redea.hr",
                        "Ivana Knez, Public Institution for the Development of Međimurje County REDEA, Čakovec – "
                        "e-mail: ivana.knez@redea.hr",
                    ),
                    T(
                        "Kristina Klobučarić, vodja projekta, Centar za socijalnu skrb Čakovec – e-pošta: "
                        "kristina.klobucaric@czss-ck.hr",
                        "Kristina Klobučarić, voditeljica projekta, Centar za socijalnu skrb Čakovec – e-pošta: "
                        "kristina.klobucaric@czss-ck.hr",
                        "Kristina Klobučarić, project manager, Centre for Social Welfare Čakovec – e-mail: "
                        "kristina.klobucaric@czss-ck.hr",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    "Center ponovne uporabe (CPU), Ormož",
                    "Center ponovne uporabe (CPU), Ormož",
                    "Reuse Centre (CPU), Ormož",
                ),
            ),
            (
                "list",
                [
                    T(
                        "CPU d.o.o., so.p., Vrazova 9, 2270 Ormož, Slovenija",
                        "CPU d.o.o., so.p., Vrazova 9, 2270 Ormož, Slovenija",
                        "CPU d.o.o., so.p., Vrazova 9, 2270 Ormož, Slovenia",
                    ),
                    T("Telefon: +386 31 689 920", "Telefon: +386 31 689 920", "Phone: +386 31 689 920"),
                    T(
                        "E-pošta: ormoz@cpu-reuse.com",
                        "E-pošta: ormoz@cpu-reuse.com",
                        "E-mail: ormoz@cpu-reuse.com",
                    ),
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        "Pišete nam lahko v slovenščini, hrvaščini ali angleščini.",
                        "Možete nam pisati na slovenskom, hrvatskom ili engleskom jeziku.",
                        "You are welcome to write to us in Slovenian, Croatian or English.",
                    ),
                ],
            ),
        ],
    },
    {
        "key": "privacy",
        "slug": T("varstvo-osebnih-podatkov", "zastita-osobnih-podataka", "privacy-notice"),
        "title": T("Varstvo osebnih podatkov", "Zaštita osobnih podataka", "Privacy notice"),
        "intro": T(
            "Na tej strani pojasnjujemo, katere osebne podatke obdelujemo, ko uporabljate spletišče projekta "
            "2SoKroG, in kakšne pravice imate.",
            "Na ovoj stranici objašnjavamo koje osobne podatke obrađujemo kada koristite mrežne stranice "
            "projekta 2SoKroG i koja su vaša prava.",
            "This page explains what personal data we process when you use the 2SoKroG website and what rights "
            "you have.",
        ),
        "search_description": T(
            "Kako spletišče 2SoKroG obdeluje osebne podatke: upravljavec, piškotki, e-novice, vaše pravice in "
            "nadzorni organi.",
            "Kako mrežne stranice 2SoKroG obrađuju osobne podatke: voditelj obrade, kolačići, e-bilten, vaša "
            "prava i nadzorna tijela.",
            "How the 2SoKroG website handles personal data: controller, cookies, newsletter, your rights and "
            "supervisory authorities.",
        ),
        "show_in_menus": False,
        "body": [
            ("heading", T("Upravljavec", "Voditelj obrade", "Data controller")),
            (
                "paragraph",
                [
                    T(
                        "Upravljavec osebnih podatkov je vodilni partner projekta, Znanstveno-raziskovalno "
                        f"središče Bistra Ptuj (ZRS Bistra Ptuj), Slovenski trg 6, 2250 Ptuj, Slovenija. Z "
                        f"vprašanji o varstvu podatkov nam pišite na {LEAD_EMAIL}.",
                        "Voditelj obrade osobnih podataka je vodeći partner projekta, Znanstveno-raziskovalno "
                        f"središče Bistra Ptuj (ZRS Bistra Ptuj), Slovenski trg 6, 2250 Ptuj, Slovenija. S "
                        f"pitanjima o zaštiti podataka pišite nam na {LEAD_EMAIL}.",
                        "The controller of your personal data is the project's lead partner, Scientific Research "
                        "Centre Bistra Ptuj (ZRS Bistra Ptuj), Slovenski trg 6, 2250 Ptuj, Slovenia. For "
                        f"questions about data protection, write to {LEAD_EMAIL}.",
                    ),
                ],
            ),
            ("heading", T("Piškotki", "Kolačići", "Cookies")),
            (
                "paragraph",
                [
                    T(
                        "Spletišče ne uporablja piškotkov za sledenje ali analitiko in ne nalaga vsebin tretjih "
                        "ponudnikov, kot so spletne pisave, zemljevidi ali družbena omrežja. Nastavi lahko le "
                        "tri piškotke:",
                        "Mrežne stranice ne koriste kolačiće za praćenje ni analitiku i ne učitavaju sadržaje "
                        "trećih strana poput web-fontova, karata ili društvenih mreža. Mogu postaviti samo tri "
                        "kolačića:",
                        "The website uses no tracking or analytics cookies and loads nothing from third parties "
                        "such as web fonts, maps or social networks. It may set only three cookies:",
                    ),
                ],
            ),
            (
                "list",
                [
                    T(
                        "piškotek z izbranim jezikom, ki se nastavi le, če sami izberete jezik, da vam "
                        "spletišče naslednjič prikaže isto jezikovno različico;",
                        "kolačić s odabranim jezikom, koji se postavlja samo ako sami odaberete jezik, kako bi "
                        "vam stranice sljedeći put prikazale istu jezičnu inačicu;",
                        "a language preference cookie, set only when you choose a language, so that the site "
                        "shows you the same language next time;",
                    ),
                    T(
                        "piškotek CSRF, ki se nastavi le, ko odprete obrazec (prijava na e-novice, samoocena), "
                        "in obrazec varuje pred zlorabo s tujih spletnih mest;",
                        "CSRF kolačić, koji se postavlja samo kada otvorite obrazac (prijava na e-bilten, "
                        "samoprocjena) i štiti obrazac od zlouporabe s drugih mrežnih mjesta;",
                        "a CSRF cookie, set only when you open a form (newsletter sign-up, self-check), which "
                        "protects the form against misuse from other websites;",
                    ),
                    T(
                        "sejni piškotek za urednike, ki se prijavijo v sistem za urejanje vsebin; velja le do "
                        "odjave ali poteka seje.",
                        "kolačić sesije za urednike koji se prijave u sustav za uređivanje sadržaja; vrijedi "
                        "samo do odjave ili isteka sesije.",
                        "a session cookie for editors who sign in to the content management system, valid only "
                        "until they sign out or the session expires.",
                    ),
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        "Vsi trije piškotki so nujni za delovanje funkcij, ki jih uporabljate, zato zanje ne "
                        "potrebujemo vaše privolitve.",
                        "Sva su tri kolačića nužna za rad funkcija koje koristite pa za njih nije potrebna vaša "
                        "privola.",
                        "All three cookies are strictly necessary for the functions you use, so they do not "
                        "require your consent.",
                    ),
                ],
            ),
            ("heading", T("Iskanje", "Pretraživanje", "Search")),
            (
                "paragraph",
                [
                    T(
                        "Da bi izboljšali vsebine, štejemo, kaj obiskovalci iščejo na spletišču. Shranimo le "
                        "skupno število iskanj posamezne poizvedbe na dan (v poenotenem zapisu, brez "
                        "strešic) in koliko jih ni našlo ničesar; ne shranimo naslova IP, uporabnika, "
                        "piškotka ali seje, zato iskanja ni mogoče povezati z osebo. Števci se po 90 dneh "
                        "izbrišejo.",
                        "Kako bismo poboljšali sadržaje, brojimo što posjetitelji traže na stranicama. "
                        "Pohranjujemo samo ukupan broj pretraživanja pojedinog upita po danu (u ujednačenom "
                        "zapisu, bez dijakritičkih znakova) i koliko ih nije ništa pronašlo; ne pohranjujemo "
                        "IP adresu, korisnika, kolačić ni sesiju, pa se pretraživanje ne može povezati s "
                        "osobom. Brojači se brišu nakon 90 dana.",
                        "To improve our content, we count what visitors search for on the website. We store "
                        "only the total number of searches for each query per day (in a normalised form, "
                        "without diacritics) and how many found nothing; we store no IP address, user, cookie "
                        "or session, so a search cannot be linked to a person. The counts are deleted after "
                        "90 days.",
                    ),
                ],
            ),
            ("heading", T("E-novice", "E-bilten", "Newsletter")),
            (
                "paragraph",
                [
                    T(
                        "Če se naročite na e-novice, hranimo vaš e-poštni naslov, izbrani jezik, izbrane teme, "
                        "čas prijave in potrditve ter različico besedila privolitve, s katerim ste se strinjali. "
                        "Te podatke uporabljamo izključno za pošiljanje e-novic. Ko se odjavite, vaš naslov in te "
                        "podatke izbrišemo; o že poslanih številkah ostane le štetje brez vašega naslova.",
                        "Ako se pretplatite na e-bilten, pohranjujemo vašu adresu e-pošte, odabrani jezik, odabrane "
                        "teme, vrijeme prijave i potvrde te inačicu teksta privole s kojim ste se složili. Te "
                        "podatke koristimo isključivo za slanje biltena. Kada se odjavite, vašu adresu i te podatke "
                        "brišemo; o već poslanim brojevima ostaje samo brojčani zapis bez vaše adrese.",
                        "If you subscribe to the newsletter, we keep your e-mail address, your chosen language and "
                        "topics, when you signed up and confirmed, and the version of the consent text you agreed "
                        "to. We use this data only to send you the newsletter. When you unsubscribe, we delete your "
                        "address and this data; for issues already sent we keep only counts, without your address.",
                    ),
                    T(
                        "Pravna podlaga za to obdelavo je vaša privolitev (točka (a) prvega odstavka 6. člena "
                        "Splošne uredbe o varstvu podatkov). Prekličete jo lahko kadar koli, s povezavo za "
                        "odjavo v e-novicah ali s sporočilom na naš e-poštni naslov.",
                        "Pravna osnova za ovu obradu je vaša privola (članak 6. stavak 1. točka (a) Opće uredbe "
                        "o zaštiti podataka). Možete je povući u bilo kojem trenutku, putem poveznice za odjavu "
                        "u biltenu ili porukom na našu adresu e-pošte.",
                        "The legal basis for this processing is your consent (Article 6(1)(a) of the General "
                        "Data Protection Regulation). You can withdraw it at any time, using the unsubscribe "
                        "link in the newsletter or by writing to our e-mail address.",
                    ),
                    T(
                        "Podatkov ne uporabljamo za druge namene in jih ne posredujemo drugim za njihove namene.",
                        "Podatke ne koristimo u druge svrhe i ne prosljeđujemo ih drugima za njihove potrebe.",
                        "We do not use the data for any other purpose and do not pass it on to others for their "
                        "own use.",
                    ),
                ],
            ),
            ("heading", T("Vaše pravice", "Vaša prava", "Your rights")),
            (
                "paragraph",
                [
                    T(
                        "V skladu s Splošno uredbo o varstvu podatkov imate:",
                        "U skladu s Općom uredbom o zaštiti podataka imate:",
                        "Under the General Data Protection Regulation, you have:",
                    ),
                ],
            ),
            (
                "list",
                [
                    T(
                        "pravico do dostopa do svojih osebnih podatkov,",
                        "pravo na pristup svojim osobnim podacima,",
                        "the right of access to your personal data,",
                    ),
                    T(
                        "pravico do popravka netočnih podatkov,",
                        "pravo na ispravak netočnih podataka,",
                        "the right to have inaccurate data corrected,",
                    ),
                    T("pravico do izbrisa,", "pravo na brisanje,", "the right to erasure,"),
                    T(
                        "pravico do omejitve obdelave,",
                        "pravo na ograničenje obrade,",
                        "the right to restrict processing,",
                    ),
                    T(
                        "pravico do prenosljivosti podatkov,",
                        "pravo na prenosivost podataka,",
                        "the right to data portability,",
                    ),
                    T(
                        "pravico do ugovora obdelavi,",
                        "pravo na prigovor na obradu,",
                        "the right to object to processing,",
                    ),
                    T(
                        "pravico, da privolitev kadar koli prekličete, kar ne vpliva na zakonitost obdelave "
                        "pred preklicem.",
                        "pravo da u bilo kojem trenutku povučete privolu, što ne utječe na zakonitost obrade "
                        "prije povlačenja.",
                        "the right to withdraw your consent at any time, without affecting the lawfulness of "
                        "processing before the withdrawal.",
                    ),
                ],
            ),
            (
                "paragraph",
                [
                    T(
                        f"Za uveljavljanje pravic nam pišite na {LEAD_EMAIL}. Odgovorili vam bomo najpozneje v "
                        "enem mesecu.",
                        f"Za ostvarivanje svojih prava pišite nam na {LEAD_EMAIL}. Odgovorit ćemo vam najkasnije "
                        "u roku od mjesec dana.",
                        f"To exercise your rights, write to {LEAD_EMAIL}. We will reply within one month at the "
                        "latest.",
                    ),
                ],
            ),
            (
                "heading",
                T(
                    "Pritožba pri nadzornem organu",
                    "Pritužba nadzornom tijelu",
                    "Complaints to a supervisory authority",
                ),
            ),
            (
                "paragraph",
                [
                    T(
                        "Če menite, da vaše osebne podatke obdelujemo v nasprotju s predpisi, lahko vložite "
                        "pritožbo pri nadzornem organu. V Sloveniji je to Informacijski pooblaščenec, na "
                        "Hrvaškem pa AZOP – Agencija za zaštitu osobnih podataka.",
                        "Ako smatrate da vaše osobne podatke obrađujemo protivno propisima, možete podnijeti "
                        "pritužbu nadzornom tijelu. U Sloveniji je to Informacijski pooblaščenec, a u Hrvatskoj "
                        "AZOP – Agencija za zaštitu osobnih podataka.",
                        "If you believe that we process your personal data unlawfully, you can lodge a "
                        "complaint with a supervisory authority: in Slovenia, the Information Commissioner "
                        "(Informacijski pooblaščenec); in Croatia, the Personal Data Protection Agency (AZOP – "
                        "Agencija za zaštitu osobnih podataka).",
                    ),
                ],
            ),
        ],
    },
]

PTUJ = T("Ptuj", "Ptuj", "Ptuj")
CAKOVEC = T("Čakovec", "Čakovec", "Čakovec")
LJUBLJANA = T("Ljubljana", "Ljubljana", "Ljubljana")
ORMOZ = T("Ormož", "Ormož", "Ormož")


# Each organisation keeps its official name in both regional languages; English gets a rendering.
PARTNERS = [
    {
        "name": T(
            "Znanstveno-raziskovalno središče Bistra Ptuj",
            "Znanstveno-raziskovalno središče Bistra Ptuj",
            "Scientific Research Centre Bistra Ptuj",
        ),
        "short_name": "ZRS Bistra Ptuj",
        "role": "lead",
        "country": "SI",
        "town": PTUJ,
        "address": "Slovenski trg 6, 2250 Ptuj",
        "website": "https://www.bistra.si/",
        "sort_order": 1,
    },
    {
        "name": T(
            "Razvojna agencija Savinjske regije d.o.o.",
            "Razvojna agencija Savinjske regije d.o.o.",
            "Savinja Regional Development Agency",
        ),
        "short_name": "RASR",
        "role": "project",
        "country": "SI",
        "town": T("Celje", "Celje", "Celje"),
        "address": "Ulica XIV. divizije 12, 3000 Celje",
        "website": "https://www.rasr.si/",
        "sort_order": 2,
    },
    {
        "name": T(
            "Center ponovne uporabe d.o.o., so.p.",
            "Center ponovne uporabe d.o.o., so.p.",
            "Reuse Centre, social enterprise",
        ),
        "short_name": "CPU",
        "role": "project",
        "country": "SI",
        "town": ORMOZ,
        "address": "Vrazova 9, 2270 Ormož",
        "website": "https://www.cpu-reuse.com/",
        "sort_order": 3,
    },
    {
        "name": T(
            "Zavod Republike Slovenije za zaposlovanje – Območna služba Ptuj",
            "Zavod Republike Slovenije za zaposlovanje – Območna služba Ptuj",
            "Employment Service of Slovenia – Regional Office Ptuj",
        ),
        "short_name": "ZRSZ OS Ptuj",
        "role": "project",
        "country": "SI",
        "town": PTUJ,
        "address": "",
        "website": "https://www.ess.gov.si/",
        "sort_order": 4,
    },
    {
        "name": T(
            "Javna ustanova za regionalni razvoj Varaždinske županije",
            "Javna ustanova za regionalni razvoj Varaždinske županije",
            "Public Institution for Regional Development of Varaždin County",
        ),
        "short_name": "JURA",
        "role": "project",
        "country": "HR",
        "town": T("Varaždin", "Varaždin", "Varaždin"),
        "address": "Kratka 1, 42000 Varaždin",
        "website": "https://www.azra.hr/",
        "sort_order": 5,
    },
    {
        "name": T(
            "Centar za socijalnu skrb Čakovec",
            "Centar za socijalnu skrb Čakovec",
            "Centre for Social Welfare Čakovec",
        ),
        "short_name": "CZSS Čakovec",
        "role": "project",
        "country": "HR",
        "town": CAKOVEC,
        "address": "Jakova Gotovca 9, 40000 Čakovec",
        "website": "http://www.czss-ck.hr/",
        "sort_order": 6,
    },
    {
        "name": T(
            "Javna ustanova za razvoj Međimurske županije REDEA",
            "Javna ustanova za razvoj Međimurske županije REDEA",
            "Public Institution for the Development of Međimurje County REDEA",
        ),
        "short_name": "REDEA",
        "role": "project",
        "country": "HR",
        "town": CAKOVEC,
        "address": "Bana Josipa Jelačića 22, 40000 Čakovec",
        "website": "https://www.redea.hr/",
        "sort_order": 7,
    },
    {
        "name": T(
            "Ministarstvo za demografiju, obitelj, mlade i socijalnu politiku",
            "Ministarstvo za demografiju, obitelj, mlade i socijalnu politiku",
            "Ministry for Demography, Family, Youth and Social Policy",
        ),
        "short_name": "MDOMSP",
        "role": "associated",
        "country": "HR",
        "town": T("Zagreb", "Zagreb", "Zagreb"),
        "address": "",
        "website": "",
        "sort_order": 8,
    },
    {
        "name": T(
            "Ministrstvo za delo, družino, socialne zadeve in enake možnosti",
            "Ministrstvo za delo, družino, socialne zadeve in enake možnosti",
            "Ministry of Labour, Family, Social Affairs and Equal Opportunities",
        ),
        "short_name": "MDDSZ",
        "role": "associated",
        "country": "SI",
        "town": LJUBLJANA,
        "address": "",
        "website": "",
        "sort_order": 9,
    },
    {
        "name": T(
            "Ministrstvo za gospodarski razvoj in tehnologijo",
            "Ministrstvo za gospodarski razvoj in tehnologijo",
            "Ministry of Economic Development and Technology",
        ),
        "short_name": "MGRT",
        "role": "associated",
        "country": "SI",
        "town": LJUBLJANA,
        "address": "",
        "website": "",
        "sort_order": 10,
    },
    {
        "name": T(
            "Ministrstvo za okolje in prostor",
            "Ministrstvo za okolje in prostor",
            "Ministry of the Environment and Spatial Planning",
        ),
        "short_name": "MOP",
        "role": "associated",
        "country": "SI",
        "town": LJUBLJANA,
        "address": "",
        "website": "",
        "sort_order": 11,
    },
    {
        "name": T(
            "Hrvatski zavod za zapošljavanje, Regionalni ured Varaždin",
            "Hrvatski zavod za zapošljavanje, Regionalni ured Varaždin",
            "Croatian Employment Service – Regional Office Varaždin",
        ),
        "short_name": "HZZ Varaždin",
        "role": "associated",
        "country": "HR",
        "town": T("Varaždin", "Varaždin", "Varaždin"),
        "address": "",
        "website": "",
        "sort_order": 12,
    },
    {
        "name": T("Center za socialno delo Laško", "Center za socialno delo Laško", "Centre for Social Work Laško"),
        "short_name": "CSD Laško",
        "role": "associated",
        "country": "SI",
        "town": T("Laško", "Laško", "Laško"),
        "address": "",
        "website": "",
        "sort_order": 13,
    },
    {
        "name": T(
            "Pučko otvoreno učilište Čakovec",
            "Pučko otvoreno učilište Čakovec",
            "Public Open University Čakovec",
        ),
        "short_name": "POU Čakovec",
        "role": "associated",
        "country": "HR",
        "town": CAKOVEC,
        "address": "",
        "website": "",
        "sort_order": 14,
    },
    {
        "name": T("Ljudska univerza Ormož", "Ljudska univerza Ormož", "Adult Education Centre Ormož"),
        "short_name": "LU Ormož",
        "role": "associated",
        "country": "SI",
        "town": ORMOZ,
        "address": "",
        "website": "",
        "sort_order": 15,
    },
]

SITE_TEXTS = {
    "funding_statement": T(
        "Projekt 2SoKroG sofinancira Evropska unija iz Evropskega sklada za regionalni razvoj v okviru "
        "Programa sodelovanja Interreg V-A Slovenija–Hrvaška.",
        "Projekt 2SoKroG sufinancira Europska unija iz Europskog fonda za regionalni razvoj u okviru "
        "Programa suradnje Interreg V-A Slovenija–Hrvatska.",
        "The 2SoKroG project is co-financed by the European Union from the European Regional Development Fund "
        "within the Interreg V-A Slovenia–Croatia Cooperation Programme.",
    ),
    "contact": T(
        f"Vodilni partner: ZRS Bistra Ptuj, Slovenski trg 6, 2250 Ptuj\nE-pošta: {LEAD_EMAIL}",
        f"Vodeći partner: ZRS Bistra Ptuj, Slovenski trg 6, 2250 Ptuj\nE-pošta: {LEAD_EMAIL}",
        f"Lead partner: ZRS Bistra Ptuj, Slovenski trg 6, 2250 Ptuj\nE-mail: {LEAD_EMAIL}",
    ),
}


# The accessibility statement (home.AccessibilityStatementPage), after the model in Commission Implementing
# Decision (EU) 2018/1523. Rich-text fields are lists of paragraphs ("p") and list items ("li").
ACCESSIBILITY_STATEMENT = {
    "slug": T("izjava-o-dostopnosti", "izjava-o-pristupacnosti", "accessibility-statement"),
    "title": T("Izjava o dostopnosti", "Izjava o pristupačnosti", "Accessibility statement"),
    "intro": T(
        "ZRS Bistra Ptuj kot vodilni partner projekta 2SoKroG skrbi, da je to spletišče v slovenščini, hrvaščini "
        "in angleščini dostopno vsem obiskovalcem, tudi osebam z invalidnostmi. Izjavo smo pripravili po vzorcu "
        "iz Izvedbenega sklepa Komisije (EU) 2018/1523.",
        "ZRS Bistra Ptuj kao vodeći partner projekta 2SoKroG brine da ove mrežne stranice na slovenskom, "
        "hrvatskom i engleskom jeziku budu pristupačne svim posjetiteljima, uključujući osobe s invaliditetom. "
        "Izjavu smo izradili prema predlošku iz Provedbene odluke Komisije (EU) 2018/1523.",
        "ZRS Bistra Ptuj, lead partner of 2SoKroG, works to make this website in Slovenian, Croatian and English "
        "accessible to every visitor, including people with disabilities. This statement follows the model in "
        "Commission Implementing Decision (EU) 2018/1523.",
    ),
    "search_description": T(
        "Izjava o dostopnosti spletišča 2SoKroG: skladnost z WCAG 2.1 AA, znane omejitve, povratne "
        "informacije in izvršilni postopek.",
        "Izjava o pristupačnosti mrežnih stranica 2SoKroG: usklađenost s WCAG 2.1 AA, poznata ograničenja, "
        "povratne informacije i nadzor.",
        "Accessibility statement for the 2SoKroG website: WCAG 2.1 AA conformance, known limitations, "
        "feedback and enforcement.",
    ),
    "compliance_status": "partial",
    "non_accessible_content": [
        (
            "li",
            T(
                "Glasila in drugi dokumenti PDF, ki so jih pripravili partnerji, morda nimajo ustrezne strukture "
                "naslovov, opisov slik ali pravilnega vrstnega reda branja, zato jih bralniki zaslona ne "
                "preberejo vedno pravilno. Dokumenti so bili objavljeni pred pripravo te izjave.",
                "Bilteni i drugi PDF dokumenti koje su pripremili partneri možda nemaju odgovarajuću strukturu "
                "naslova, opise slika ili ispravan redoslijed čitanja, pa ih čitači zaslona ne čitaju uvijek "
                "ispravno. Dokumenti su objavljeni prije izrade ove izjave.",
                "Newsletters and other PDF documents prepared by partners may lack a proper heading structure, "
                "image descriptions or a correct reading order, so screen readers may not read them correctly. "
                "They were published before this statement was prepared.",
            ),
        ),
        (
            "li",
            T(
                "Posnetki dogodkov, ki jih partnerji objavljajo na svojih straneh, nimajo vedno podnapisov.",
                "Snimke događanja koje partneri objavljuju na svojim stranicama nemaju uvijek titlove.",
                "Recordings of events that partners publish on their own sites do not always have captions.",
            ),
        ),
        (
            "p",
            T(
                "Če potrebujete vsebino takega dokumenta ali posnetka, nam pišite in poslali vam jo bomo v "
                "dostopni obliki.",
                "Ako vam je potreban sadržaj takvog dokumenta ili snimke, pišite nam i poslat ćemo vam ga u "
                "pristupačnom obliku.",
                "If you need the content of such a document or recording, write to us and we will send it to you "
                "in an accessible format.",
            ),
        ),
    ],
    "prepared_on": "2026-11-20",
    "reviewed_on": "2026-11-23",
    "method": "self",
    "method_details": T(
        "Dostopnost smo ocenili sami. Vsako vrsto strani v vseh treh jezikih ob vsaki spremembi samodejno "
        "preverimo z orodjema axe-core (pravila WCAG 2.1 A in AA) in Nu Html Checker, uporabo s tipkovnico, "
        "povečavo na 200 % in prikaz pri širini 320 pikslov pa preizkušamo v brskalniku.",
        "Pristupačnost smo procijenili sami. Svaku vrstu stranice na sva tri jezika pri svakoj promjeni "
        "automatski provjeravamo alatima axe-core (pravila WCAG 2.1 A i AA) i Nu Html Checker, a korištenje "
        "tipkovnicom, povećanje na 200 % i prikaz na širini od 320 piksela ispitujemo u pregledniku.",
        "We assessed accessibility ourselves. Every page type in all three languages is checked automatically "
        "with axe-core (WCAG 2.1 A and AA rules) and the Nu Html Checker on every change, and keyboard use, "
        "200% zoom and display at 320 pixels wide are tested in a browser.",
    ),
    "feedback_intro": T(
        "Ste na spletišču naleteli na oviro ali potrebujete vsebino v drugi obliki? Povejte nam s tem obrazcem "
        "ali po e-pošti na klavdija.riznar@bistra.si. Na sporočila odgovorimo v 14 dneh.",
        "Jeste li na mrežnim stranicama naišli na prepreku ili vam je sadržaj potreban u drugom obliku? Javite "
        "nam putem ovog obrasca ili e-poštom na klavdija.riznar@bistra.si. Na poruke odgovaramo u roku od "
        "14 dana.",
        "Have you come across a barrier on the website, or do you need content in another format? Tell us with "
        "this form or by e-mail to klavdija.riznar@bistra.si. We answer within 14 days.",
    ),
    "enforcement_procedure": [
        (
            "p",
            T(
                "Če na svoje sporočilo ne dobite odgovora v 14 dneh ali z odgovorom niste zadovoljni, se lahko "
                "obrnete na nadzorni organ v državi, v kateri ima sedež partner, ki je za vsebino odgovoren.",
                "Ako na svoju poruku ne dobijete odgovor u roku od 14 dana ili niste zadovoljni odgovorom, možete "
                "se obratiti nadzornom tijelu u državi u kojoj je sjedište partnera odgovornog za sadržaj.",
                "If you do not receive an answer within 14 days, or are not satisfied with it, you can turn to "
                "the supervisory body in the country where the partner responsible for the content is based.",
            ),
        ),
        (
            "li",
            T(
                "Slovenija: po Zakonu o dostopnosti spletišč in mobilnih aplikacij (ZDSMA) prijave obravnava "
                "Inšpektorat za informacijsko družbo, Ministrstvo za digitalno preobrazbo, Davčna ulica 1, "
                "1000 Ljubljana.",
                "Slovenija: prema Zakonu o dostopnosti spletišč in mobilnih aplikacij (ZDSMA) prijave rješava "
                "Inšpektorat za informacijsko družbo (Inspektorat za informacijsko društvo), Davčna ulica 1, "
                "1000 Ljubljana.",
                "Slovenia: under the Act on the Accessibility of Websites and Mobile Applications (ZDSMA), "
                "complaints are handled by the Information Society Inspectorate (Inšpektorat za informacijsko "
                "družbo), Davčna ulica 1, 1000 Ljubljana.",
            ),
        ),
        (
            "li",
            T(
                "Hrvaška: po Zakonu o pristupačnosti mrežnih stranica i programskih rješenja za pokretne uređaje "
                "tijela javnog sektora (NN 17/19) pritožbe obravnava Povjerenik za informiranje, Jurišićeva 19, "
                "10000 Zagreb.",
                "Hrvatska: prema Zakonu o pristupačnosti mrežnih stranica i programskih rješenja za pokretne "
                "uređaje tijela javnog sektora (NN 17/19) pritužbe rješava Povjerenik za informiranje, "
                "Jurišićeva 19, 10000 Zagreb.",
                "Croatia: under the Act on the Accessibility of Websites and Mobile Applications of Public Sector "
                "Bodies (Official Gazette NN 17/19), complaints are handled by the Information Commissioner "
                "(Povjerenik za informiranje), Jurišićeva 19, 10000 Zagreb.",
            ),
        ),
    ],
}
