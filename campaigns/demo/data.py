"""Demo content of the prevention campaign in Slovenian (source), Croatian and English.

Facts and figures come from the project's public seed documents and carry their source; no other
statistics are quoted. Service points of the project partners use the addresses published in those
documents; entries that are not real organisations are marked as examples (`is_example`).
"""

from home.demo.loader import T

PROJECT_DATA = T(
    "Podatki projekta 2SoKroG, program Interreg V-A Slovenija–Hrvaška",
    "Podaci projekta 2SoKroG, program Interreg V-A Slovenija – Hrvatska",
    "2SoKroG project data, Interreg V-A Slovenia–Croatia programme",
)
NEWSLETTER_2020 = T(
    "E-novice projekta 2SoKroG, avgust 2020",
    "E-bilten projekta 2SoKroG, kolovoz 2020.",
    "2SoKroG newsletter, August 2020",
)
CZSS_PROJECT_PAGE = T(
    "Centar za socijalnu skrb Čakovec, stran projekta 2SoKroG",
    "Centar za socijalnu skrb Čakovec, stranica projekta 2SoKroG",
    "Centre for Social Welfare Čakovec, 2SoKroG project page",
)

# Tag names as the events and news demo content write them in each language (events/demo/data.py,
# news/demo/data.py): events about social activation, and news about the info days, where visitors talked
# about recognising the risk of poverty early.
EVENTS_TAG = T("socialna aktivacija", "socijalna aktivacija", "social activation")
NEWS_TAG = T("informativni dnevi", "informativni dani", "info days")

CAMPAIGN = {
    "title": T("Preprečimo revščino", "Spriječimo siromaštvo", "Prevent poverty"),
    "slug": T("preprecimo-revscino", "sprijecimo-siromastvo", "prevent-poverty"),
    "key_message": T(
        "Težave se pogosto začnejo tiho. Prej ko jih prepoznamo, lažje jih rešimo – in nihče ni sam: pomoč je blizu.",
        "Problemi često počinju tiho. Što ih prije prepoznamo, lakše ih je riješiti – i nitko nije sam: "
        "pomoć je blizu.",
        "Trouble often starts quietly. The sooner we recognise it, the easier it is to solve – and no one "
        "is alone: help is close by.",
    ),
    "search_description": T(
        "Kampanja projekta 2SoKroG: prepoznajte znake tveganja revščine in socialne izključenosti, preverite "
        "se s samooceno in poiščite pomoč v svojem kraju.",
        "Kampanja projekta 2SoKroG: prepoznajte znakove rizika od siromaštva i socijalne isključenosti, "
        "provjerite se samoprocjenom i potražite pomoć u svom mjestu.",
        "The 2SoKroG campaign: recognise the warning signs of poverty and social exclusion, check yourself "
        "and find help where you live.",
    ),
    "intro": [
        T(
            "V revščino ne zdrsnemo čez noč. Najprej izgubimo službo ali zdravje, nato zamujamo s položnicami, "
            "vse manj se družimo z ljudmi in vse težje prosimo za pomoč. Vsak od teh korakov je lahko tudi "
            "trenutek, ko se stvari obrnejo na bolje.",
            "U siromaštvo se ne klizi preko noći. Najprije izgubimo posao ili zdravlje, zatim kasnimo s "
            "računima, sve se manje družimo s ljudima i sve teže tražimo pomoć. Svaki od tih koraka može biti "
            "i trenutak u kojem se stvari okreću na bolje.",
            "Nobody slides into poverty overnight. First a job or our health is lost, then bills are paid "
            "late, we see fewer people and find it harder to ask for help. Each of these steps can also be "
            "the moment when things turn for the better.",
        ),
        T(
            "Projekt 2SoKroG želi, da ljudje na obeh straneh meje pravočasno prepoznajo tveganja zdrsa v "
            "revščino in socialno izključenost. Socialna aktivacija pomaga ljudem, ki so dolgo brez dela ali "
            "živijo od socialne pomoči, da se znova vključijo v družbo in, kadar je mogoče, v delo.",
            "Projekt 2SoKroG želi da ljudi s obje strane granice pravodobno prepoznaju rizike od klizanja u "
            "siromaštvo i socijalnu isključenost. Socijalna aktivacija pomaže osobama koje su dugo bez posla "
            "ili žive od socijalne pomoći da se ponovno uključe u društvo i, kad je moguće, u rad.",
            "The 2SoKroG project wants people on both sides of the border to recognise the risks of sliding "
            "into poverty and social exclusion in good time. Social activation helps people who have long "
            "been out of work or live on social assistance to rejoin community life and, where possible, work.",
        ),
    ],
    "warning_signs": {
        "heading": T("Znaki, na katere bodimo pozorni", "Znakovi na koje valja obratiti pažnju", "Signs to watch for"),
        "intro": T(
            "En sam znak še ne pomeni nevarnosti. Če pa jih prepoznate več pri sebi ali pri nekom blizu, je "
            "dober čas za pogovor.",
            "Jedan znak sam po sebi još ne znači opasnost. Ali ako ih prepoznate više kod sebe ili kod nekoga "
            "bliskog, dobro je vrijeme za razgovor.",
            "One sign on its own does not mean danger. But if you recognise several in yourself or in someone "
            "close to you, it is a good time to talk to someone.",
        ),
        "signs": [
            T(
                "Položnice za najemnino, elektriko ali ogrevanje plačujete z zamudo ali sploh ne.",
                "Račune za najamninu, struju ili grijanje plaćate sa zakašnjenjem ili ih uopće ne plaćate.",
                "Rent, electricity or heating bills are paid late or not at all.",
            ),
            T(
                "Denarja zmanjka pred koncem meseca, čeprav ste varčni.",
                "Novca ponestane prije kraja mjeseca, iako štedite.",
                "Money runs out before the end of the month, even though you are careful.",
            ),
            T(
                "Odpovedujete se hrani, ogrevanju ali zdravilom, da bi prihranili.",
                "Odričete se hrane, grijanja ili lijekova kako biste uštedjeli.",
                "You go without food, heating or medicines to save money.",
            ),
            T(
                "Ste dlje časa brez dela in izgubljate upanje, da ga boste našli.",
                "Dulje ste vrijeme bez posla i gubite nadu da ćete ga naći.",
                "You have been out of work for a long time and are losing hope of finding a job.",
            ),
            T(
                "Dolgovi rastejo in ne veste, kako jih boste odplačali.",
                "Dugovi rastu i ne znate kako ćete ih otplatiti.",
                "Debts keep growing and you do not know how to repay them.",
            ),
            T(
                "Vse manj se vidite s prijatelji in sorodniki in nimate koga prositi za pomoč.",
                "Sve se manje viđate s prijateljima i rodbinom i nemate koga zamoliti za pomoć.",
                "You see friends and family less and less and have no one to ask for help.",
            ),
            T(
                "Zdravstvene težave vam otežujejo delo ali vsakdanja opravila.",
                "Zdravstvene poteškoće otežavaju vam rad ili svakodnevne obveze.",
                "Health problems make work or everyday tasks harder.",
            ),
        ],
    },
    "self_check_cta": {
        "text": T(
            "Odgovorite na deset vprašanj z da ali ne in preverite, ali je čas, da poiščete podporo. Vaših "
            "odgovorov ne shranjujemo.",
            "Odgovorite na deset pitanja s da ili ne i provjerite je li vrijeme da potražite podršku. Vaše "
            "odgovore ne spremamo.",
            "Answer ten yes-or-no questions and see whether it is time to look for support. We do not store "
            "your answers.",
        ),
        "link_text": T("Začni samooceno", "Započni samoprocjenu", "Start the self-check"),
    },
    "key_facts": {
        "heading": T("Projekt v številkah", "Projekt u brojkama", "The project in figures"),
        "facts": [
            (
                T("24 mesecev", "24 mjeseca", "24 months"),
                T(
                    "trajanje projekta, od 1. 9. 2018 do 31. 8. 2020",
                    "trajanje projekta, od 1. 9. 2018. do 31. 8. 2020.",
                    "project duration, 1 September 2018 to 31 August 2020",
                ),
                PROJECT_DATA,
                "",
            ),
            (
                T("574.947,20 EUR", "574.947,20 EUR", "EUR 574,947.20"),
                T("skupna vrednost projekta", "ukupna vrijednost projekta", "total project budget"),
                PROJECT_DATA,
                "",
            ),
            (
                T("85 %", "85 %", "85%"),
                T(
                    "delež Evropskega sklada za regionalni razvoj (488.705,12 EUR)",
                    "udio Europskog fonda za regionalni razvoj (488.705,12 EUR)",
                    "share paid by the European Regional Development Fund (EUR 488,705.12)",
                ),
                PROJECT_DATA,
                "",
            ),
            (
                T("7 + 8", "7 + 8", "7 + 8"),
                T(
                    "projektnih in pridruženih partnerjev iz Slovenije in Hrvaške",
                    "projektnih i pridruženih partnera iz Slovenije i Hrvatske",
                    "project and associated partners from Slovenia and Croatia",
                ),
                PROJECT_DATA,
                "",
            ),
            (
                T("več kot 230", "više od 230", "over 230"),
                T(
                    "udeležencev petih čezmejnih delavnic za javne uslužbence",
                    "sudionika pet prekograničnih radionica za javne službenike",
                    "participants in five cross-border workshops for public employees",
                ),
                NEWSLETTER_2020,
                "https://www.bistra.si/2sokrog",
            ),
            (
                T("več kot 180", "više od 180", "over 180"),
                T(
                    "udeležencev zaključne konference v Ptuju, 17. 9. 2020",
                    "sudionika završne konferencije u Ptuju, 17. 9. 2020.",
                    "participants in the final conference in Ptuj, 17 September 2020",
                ),
                CZSS_PROJECT_PAGE,
                "http://www.czss-ck.hr/",
            ),
        ],
    },
    "stories_heading": T("Zgodbe, ki dajejo pogum", "Priče koje ohrabruju", "Stories that give courage"),
    "directory_cta": {
        "text": T(
            "Poiščite center za socialno delo, zavod za zaposlovanje ali organizacijo, ki pomaga v vašem kraju.",
            "Pronađite centar za socijalnu skrb, zavod za zapošljavanje ili organizaciju koja pomaže u vašem mjestu.",
            "Find the social work centre, employment office or an organisation that helps where you live.",
        ),
        "link_text": T("Kje po pomoč", "Gdje po pomoć", "Find help"),
    },
    "faq": {
        "heading": T("Pogosta vprašanja", "Česta pitanja", "Frequently asked questions"),
        "items": [
            (
                T("Kaj je socialna aktivacija?", "Što je socijalna aktivacija?", "What is social activation?"),
                T(
                    "Podpora ljudem, ki so dolgo brez dela ali živijo od socialne pomoči. Korak za korakom "
                    "pridobijo samozavest, znanje in nove stike, uredijo svoj položaj in se, kadar je mogoče, "
                    "vrnejo na trg dela.",
                    "Podrška osobama koje su dugo bez posla ili žive od socijalne pomoći. Korak po korak "
                    "stječu samopouzdanje, znanja i nove kontakte, sređuju svoju situaciju i, kad je moguće, "
                    "vraćaju se na tržište rada.",
                    "Support for people who have long been out of work or live on social assistance. Step by "
                    "step they gain confidence, skills and contacts, sort out their situation and, where "
                    "possible, return to the labour market.",
                ),
            ),
            (
                T("Komu je namenjena?", "Kome je namijenjena?", "Who is it for?"),
                T(
                    "Predvsem dolgotrajno brezposelnim in ljudem, ki dlje časa prejemajo denarno socialno pomoč. "
                    "Če niste prepričani, ali velja tudi za vas, vprašajte na centru za socialno delo.",
                    "Prije svega dugotrajno nezaposlenima i osobama koje dulje vrijeme primaju socijalnu pomoć. "
                    "Ako niste sigurni odnosi li se i na vas, pitajte u centru za socijalnu skrb.",
                    "Mainly people who have been unemployed for a long time and people who have received "
                    "social assistance for a long time. If you are not sure whether it applies to you, ask "
                    "at your social work centre.",
                ),
            ),
            (
                T(
                    "Ali samoocena shrani moje odgovore?",
                    "Sprema li samoprocjena moje odgovore?",
                    "Does the self-check store my answers?",
                ),
                T(
                    "Ne. Odgovori se ne shranijo ne na strežniku ne v piškotkih in se ne štejejo v nobeni "
                    "statistiki. Ko stran zaprete, jih ni več.",
                    "Ne. Odgovori se ne spremaju ni na poslužitelju ni u kolačićima i ne ulaze ni u kakvu "
                    "statistiku. Kad zatvorite stranicu, više ih nema.",
                    "No. Your answers are not saved on the server or in cookies and are not counted in any "
                    "statistics. When you close the page, they are gone.",
                ),
            ),
            (
                T("Kam se najprej obrnem?", "Kome se najprije obratiti?", "Where do I turn first?"),
                T(
                    "Na center za socialno delo v svojem kraju. Tam se s strokovnim delavcem pogovorite o svojem "
                    "položaju in možnostih. Če iščete delo, vam pomaga tudi urad za delo.",
                    "Centru za socijalnu skrb u svom mjestu. Ondje sa stručnim djelatnikom razgovarate o svojoj "
                    "situaciji i mogućnostima. Ako tražite posao, pomoći će vam i ured za zapošljavanje.",
                    "Your local social work centre. There you can talk through your situation and options "
                    "with a professional. If you are looking for work, the employment office can help too.",
                ),
            ),
            (
                T(
                    "Kaj, če je nekdo v neposredni nevarnosti?",
                    "Što ako je netko u neposrednoj opasnosti?",
                    "What if someone is in immediate danger?",
                ),
                T(
                    "Pokličite 112. Številka deluje brezplačno v Sloveniji, na Hrvaškem in v vsej Evropski uniji.",
                    "Nazovite 112. Broj je besplatan u Hrvatskoj, Sloveniji i cijeloj Europskoj uniji.",
                    "Call 112. The number is free in Slovenia, Croatia and the whole European Union.",
                ),
            ),
        ],
    },
}

EASY_READ = {
    "title": T(
        "Preprečimo revščino – lahko branje", "Spriječimo siromaštvo – lako čitanje", "Prevent poverty – easy to read"
    ),
    "slug": T("lahko-branje", "lako-citanje", "easy-read"),
    "intro": T(
        "Težave je dobro opaziti zgodaj. Takrat jih lažje rešimo.",
        "Probleme je dobro primijetiti rano. Tada ih lakše riješimo.",
        "It is good to notice problems early. Then they are easier to solve.",
    ),
    "sections": [
        (
            T("Kdaj je dobro prositi za pomoč?", "Kada je dobro zatražiti pomoć?", "When is it good to ask for help?"),
            [
                T(
                    "Ko ne morete plačati položnic.",
                    "Kad ne možete platiti račune.",
                    "When you cannot pay your bills.",
                ),
                T(
                    "Ko dolgo nimate dela.",
                    "Kad dugo nemate posao.",
                    "When you have had no job for a long time.",
                ),
                T(
                    "Ko vam zmanjka denarja za hrano ali zdravila.",
                    "Kad vam ponestane novca za hranu ili lijekove.",
                    "When you have no money for food or medicine.",
                ),
                T(
                    "Ko ste veliko sami in nimate koga vprašati.",
                    "Kad ste puno sami i nemate koga pitati.",
                    "When you are alone a lot and have no one to ask.",
                ),
            ],
        ),
        (
            T("Kdo vam lahko pomaga?", "Tko vam može pomoći?", "Who can help you?"),
            [
                T(
                    "Center za socialno delo v vašem kraju.",
                    "Centar za socijalnu skrb u vašem mjestu.",
                    "The social work centre where you live.",
                ),
                T(
                    "Urad za delo, če iščete službo.",
                    "Ured za zapošljavanje, ako tražite posao.",
                    "The employment office, if you are looking for a job.",
                ),
                T(
                    "Pogovor je zaupen. Prositi za pomoč ni sramota.",
                    "Razgovor je povjerljiv. Tražiti pomoć nije sramota.",
                    "What you say stays private. Asking for help is nothing to be ashamed of.",
                ),
            ],
        ),
    ],
    "self_check_cta": {
        "text": T(
            "Odgovorite na vprašanja z da ali ne. Vaših odgovorov ne shranimo.",
            "Odgovorite na pitanja s da ili ne. Vaše odgovore ne spremamo.",
            "Answer the questions with yes or no. We do not keep your answers.",
        ),
        "link_text": T("Naredi samooceno", "Napravi samoprocjenu", "Do the self-check"),
    },
    "directory_cta": {
        "text": T(
            "Tukaj najdete naslove, kamor se lahko obrnete.",
            "Ovdje ćete naći adrese na koje se možete obratiti.",
            "Here you find addresses where you can go for help.",
        ),
        "link_text": T("Poišči pomoč", "Pronađi pomoć", "Find help"),
    },
}

SELF_CHECK = {
    "title": T("Ali sem v nevarnosti? Samoocena", "Jesam li u opasnosti? Samoprocjena", "Am I at risk? Self-check"),
    "slug": T("samoocena", "samoprocjena", "self-check"),
    "search_description": T(
        "Deset vprašanj z odgovori da ali ne: preverite, ali vam grozi zdrs v revščino, in poiščite pomoč. "
        "Odgovorov ne shranjujemo.",
        "Deset pitanja s odgovorima da ili ne: provjerite prijeti li vam klizanje u siromaštvo i potražite "
        "pomoć. Odgovore ne spremamo.",
        "Ten yes-or-no questions: check whether you are at risk of sliding into poverty and find help. We do "
        "not store your answers.",
    ),
    "intro": T(
        "Ta vprašanja vam pomagajo opaziti, ali se je nabralo več težav hkrati. Ni pravilnih in napačnih "
        "odgovorov – odgovorite tako, kot je pri vas zdaj.",
        "Ova pitanja pomažu vam uočiti je li se nakupilo više poteškoća odjednom. Nema točnih i pogrešnih "
        "odgovora – odgovorite onako kako je kod vas sada.",
        "These questions help you notice whether several difficulties have built up at once. There are no "
        "right or wrong answers – answer as things are for you now.",
    ),
    # (question, hint, points for "yes")
    "questions": [
        (
            T(
                "Ste vi ali kdo v vašem gospodinjstvu brez plačanega dela že več kot eno leto?",
                "Jeste li vi ili netko u vašem kućanstvu bez plaćenog posla dulje od godinu dana?",
                "Have you or someone in your household been without paid work for more than a year?",
            ),
            None,
            1,
        ),
        (
            T(
                "Ste v zadnjih mesecih zamujali s plačilom najemnine, elektrike, ogrevanja ali obrokov kredita?",
                "Jeste li posljednjih mjeseci kasnili s plaćanjem najamnine, struje, grijanja ili rata kredita?",
                "In recent months, have you been late paying rent, electricity, heating or loan instalments?",
            ),
            None,
            1,
        ),
        (
            T(
                "Vam denarja pogosto zmanjka pred koncem meseca?",
                "Ponestane li vam novca često prije kraja mjeseca?",
                "Do you often run out of money before the end of the month?",
            ),
            None,
            1,
        ),
        (
            T(
                "Ste se morali zaradi denarja odpovedati hrani, ogrevanju ali zdravilom?",
                "Jeste li se zbog novca morali odreći hrane, grijanja ili lijekova?",
                "Have you had to go without food, heating or medicines because of money?",
            ),
            None,
            2,
        ),
        (
            T(
                "Imate dolgove, ki jih ne morete odplačevati (na primer izvršbo ali blokiran račun)?",
                "Imate li dugove koje ne možete otplaćivati (na primjer ovrhu ili blokiran račun)?",
                "Do you have debts you cannot repay (for example enforcement or a blocked bank account)?",
            ),
            None,
            2,
        ),
        (
            T(
                "Živite večinoma od socialne pomoči ali drugih nadomestil?",
                "Živite li uglavnom od socijalne pomoći ili drugih naknada?",
                "Do you live mainly on social assistance or other benefits?",
            ),
            None,
            1,
        ),
        (
            T(
                "Vam zdravstvene težave otežujejo delo ali vsakdanja opravila?",
                "Otežavaju li vam zdravstvene poteškoće rad ili svakodnevne obveze?",
                "Do health problems make it harder for you to work or manage everyday tasks?",
            ),
            None,
            1,
        ),
        (
            T(
                "Se pogosto počutite osamljeni ali nimate nikogar, ki bi ga prosili za pomoč?",
                "Osjećate li se često usamljeno ili nemate nikoga koga biste zamolili za pomoć?",
                "Do you often feel lonely, or have no one you could ask for help?",
            ),
            None,
            1,
        ),
        (
            T(
                "Se je vaše življenje v zadnjem letu nenadoma spremenilo?",
                "Je li se vaš život u posljednjih godinu dana naglo promijenio?",
                "Has your life changed suddenly in the past year?",
            ),
            T(
                "Na primer izguba službe, ločitev, bolezen ali smrt bližnjega.",
                "Na primjer gubitak posla, razvod, bolest ili smrt bliske osobe.",
                "For example losing a job, a separation, an illness or the death of someone close.",
            ),
            1,
        ),
        (
            T(
                "Ste negotovi, do katere pomoči, pravic ali nadomestil ste upravičeni?",
                "Niste li sigurni na koju pomoć, prava ili naknade imate pravo?",
                "Are you unsure which help, rights or benefits you are entitled to?",
            ),
            None,
            1,
        ),
    ],
    # (from, to, title, advice paragraphs); scores run from 0 to 12.
    "bands": [
        (
            0,
            2,
            T(
                "Trenutno ni veliko opozorilnih znakov",
                "Trenutačno nema mnogo znakova upozorenja",
                "Few warning signs at the moment",
            ),
            [
                T(
                    "Vaši odgovori kažejo malo opozorilnih znakov. To je dobro.",
                    "Vaši odgovori pokazuju malo znakova upozorenja. To je dobro.",
                    "Your answers show few warning signs. That is good.",
                ),
                T(
                    "Življenje se lahko hitro spremeni. Zapomnite si, kje je pomoč blizu vas, in to povejte tudi "
                    "ljudem, ki jih skrbi.",
                    "Život se može brzo promijeniti. Zapamtite gdje je pomoć blizu vas i recite to i ljudima "
                    "koji su zabrinuti.",
                    "Life can change quickly. Remember where help is close to you, and share it with people who "
                    "are worried.",
                ),
            ],
        ),
        (
            3,
            6,
            T(
                "Nekaj znakov kaže, da je čas za pogovor",
                "Neki znakovi pokazuju da je vrijeme za razgovor",
                "Some signs suggest it is time to talk to someone",
            ),
            [
                T(
                    "Nekatere stvari vas bremenijo. To ni vaša krivda in ni vam treba čakati, da se zaplete.",
                    "Neke vas stvari opterećuju. To nije vaša krivnja i ne morate čekati da se zakomplicira.",
                    "Some things are weighing on you. It is not your fault, and you do not have to wait until "
                    "it gets harder.",
                ),
                T(
                    "Pogovor na centru za socialno delo ali uradu za delo vam lahko pomaga najti možnosti, za "
                    "katere morda še ne veste.",
                    "Razgovor u centru za socijalnu skrb ili uredu za zapošljavanje može vam pomoći pronaći "
                    "mogućnosti za koje možda još ne znate.",
                    "A conversation at the social work centre or the employment office can help you find options "
                    "you may not know about yet.",
                ),
            ],
        ),
        (
            7,
            12,
            T(
                "Ne ostanite sami s tem – poiščite podporo čim prej",
                "Ne ostajte sami s tim – potražite podršku što prije",
                "Do not stay alone with this – reach out for support soon",
            ),
            [
                T(
                    "Vaši odgovori kažejo, da se je nabralo veliko težav hkrati. Pomoč obstaja in imate pravico, "
                    "da jo poiščete.",
                    "Vaši odgovori pokazuju da se nakupilo mnogo poteškoća odjednom. Pomoć postoji i imate pravo "
                    "potražiti je.",
                    "Your answers show that many difficulties have built up at once. Help exists, and you have "
                    "every right to ask for it.",
                ),
                T(
                    "Obrnite se na center za socialno delo v svojem kraju. Tam se s strokovnim delavcem pogovorite "
                    "o svojem položaju in o tem, kaj je mogoče narediti. Naslove najdete v imeniku Kje po pomoč "
                    "spodaj.",
                    "Obratite se centru za socijalnu skrb u svom mjestu. Ondje sa stručnim djelatnikom možete "
                    "razgovarati o svojoj situaciji i o tome što se može učiniti. Adrese ćete naći u imeniku "
                    "Gdje po pomoć u nastavku.",
                    "Contact the social work centre where you live. There you can talk to a professional about "
                    "your situation and what can be done. You will find addresses in the Find help directory "
                    "below.",
                ),
                T(
                    "Če ste vi ali kdo drug v neposredni nevarnosti, pokličite 112.",
                    "Ako ste vi ili netko drugi u neposrednoj opasnosti, nazovite 112.",
                    "If you or someone else is in immediate danger, call 112.",
                ),
            ],
        ),
    ],
}

DIRECTORY = {
    "title": T("Kje po pomoč", "Gdje po pomoć", "Find help"),
    "slug": T("kje-po-pomoc", "gdje-po-pomoc", "find-help"),
    "search_description": T(
        "Centri za socialno delo, zavodi za zaposlovanje, nevladne organizacije in socialna podjetja na "
        "območju projekta 2SoKroG v Sloveniji in na Hrvaškem.",
        "Centri za socijalnu skrb, zavodi za zapošljavanje, nevladine organizacije i socijalna poduzeća na "
        "području projekta 2SoKroG u Sloveniji i Hrvatskoj.",
        "Social work centres, employment offices, NGOs and social enterprises in the 2SoKroG project area in "
        "Slovenia and Croatia.",
    ),
    "intro": T(
        "Ustanove in organizacije na območju projekta, na katere se lahko obrnete. Izberite državo, kraj ali "
        "vrsto organizacije. Vnosi z oznako »Primer vnosa« niso resnični.",
        "Ustanove i organizacije na području projekta kojima se možete obratiti. Odaberite državu, mjesto ili "
        "vrstu organizacije. Unosi s oznakom „Primjer unosa” nisu stvarni.",
        "Institutions and organisations in the project area that you can turn to. Choose a country, town or "
        "type of organisation. Entries marked “Example entry” are not real.",
    ),
}

PTUJ = T("Ptuj", "Ptuj", "Ptuj")
ORMOZ = T("Ormož", "Ormož", "Ormož")
CELJE = T("Celje", "Celje", "Celje")
LASKO = T("Laško", "Laško", "Laško")
CAKOVEC = T("Čakovec", "Čakovec", "Čakovec")
VARAZDIN = T("Varaždin", "Varaždin", "Varaždin")

EXAMPLE_HOURS = T(
    "Primer: ponedeljek–petek 8.00–12.00, sreda tudi 14.00–17.00",
    "Primjer: ponedjeljak – petak 8.00 – 12.00, srijedom i 14.00 – 17.00",
    "Example: Monday to Friday 8:00–12:00, Wednesday also 14:00–17:00",
)
EXAMPLE_ACCESS = T(
    "Primer: vhod brez stopnic, dvigalo, prilagojeno stranišče.",
    "Primjer: ulaz bez stepenica, dizalo, prilagođeni toalet.",
    "Example: step-free entrance, lift, accessible toilet.",
)

# Partners' addresses, phones and e-mails as published in the project documents (seeds).
SERVICE_POINTS = [
    {
        "name": T(
            "Znanstveno-raziskovalno središče Bistra Ptuj",
            "Znanstveno-raziskovalno središče Bistra Ptuj",
            "Scientific Research Centre Bistra Ptuj",
        ),
        "type": "other",
        "address": "Slovenski trg 6",
        "postcode": "2250",
        "town": PTUJ,
        "country": "SI",
        "website": "https://www.bistra.si/",
    },
    {
        "name": T(
            "Zavod RS za zaposlovanje – Območna služba Ptuj",
            "Zavod RS za zaposlovanje – Območna služba Ptuj",
            "Employment Service of Slovenia – Regional Office Ptuj",
        ),
        "type": "employment_office",
        "town": PTUJ,
        "country": "SI",
        "website": "https://www.ess.gov.si/",
    },
    {
        "name": T(
            "Center ponovne uporabe d.o.o., so.p.",
            "Center ponovne uporabe d.o.o., so.p.",
            "Reuse Centre (CPU), social enterprise",
        ),
        "type": "social_enterprise",
        "address": "Vrazova 9",
        "postcode": "2270",
        "town": ORMOZ,
        "country": "SI",
        "phone": "+386 31 689 920",
        "email": "ormoz@cpu-reuse.com",
        "website": "https://www.cpu-reuse.com/",
    },
    {
        "name": T("Ljudska univerza Ormož", "Ljudska univerza Ormož", "Adult Education Centre Ormož"),
        "type": "other",
        "town": ORMOZ,
        "country": "SI",
    },
    {
        "name": T("Center za socialno delo Celje", "Center za socialno delo Celje", "Centre for Social Work Celje"),
        "type": "social_work_centre",
        "address": "Opekarniška cesta 15b",
        "postcode": "3000",
        "town": CELJE,
        "country": "SI",
    },
    {
        "name": T(
            "Razvojna agencija Savinjske regije",
            "Razvojna agencija Savinjske regije",
            "Savinja Regional Development Agency",
        ),
        "type": "development_agency",
        "address": "Ulica XIV. divizije 12",
        "postcode": "3000",
        "town": CELJE,
        "country": "SI",
        "website": "https://www.rasr.si/",
    },
    {
        "name": T("Center za socialno delo Laško", "Center za socialno delo Laško", "Centre for Social Work Laško"),
        "type": "social_work_centre",
        "town": LASKO,
        "country": "SI",
    },
    {
        "name": T(
            "Centar za socijalnu skrb Čakovec", "Centar za socijalnu skrb Čakovec", "Centre for Social Welfare Čakovec"
        ),
        "type": "social_work_centre",
        "address": "Jakova Gotovca 9",
        "postcode": "40000",
        "town": CAKOVEC,
        "country": "HR",
        "website": "http://www.czss-ck.hr/",
    },
    {
        "name": T(
            "Javna ustanova za razvoj Međimurske županije REDEA",
            "Javna ustanova za razvoj Međimurske županije REDEA",
            "Public Institution for the Development of Međimurje County REDEA",
        ),
        "type": "development_agency",
        "address": "Bana Josipa Jelačića 22",
        "postcode": "40000",
        "town": CAKOVEC,
        "country": "HR",
        "website": "https://www.redea.hr/",
    },
    {
        "name": T("Socialna zadruga Humana Nova", "Socijalna zadruga Humana Nova", "Humana Nova social cooperative"),
        "type": "social_enterprise",
        "town": CAKOVEC,
        "country": "HR",
    },
    {
        "name": T(
            "Pučko otvoreno učilište Čakovec", "Pučko otvoreno učilište Čakovec", "Public Open University Čakovec"
        ),
        "type": "other",
        "town": CAKOVEC,
        "country": "HR",
    },
    {
        "name": T(
            "Javna ustanova za regionalni razvoj Varaždinske županije",
            "Javna ustanova za regionalni razvoj Varaždinske županije",
            "Public Institution for Regional Development of Varaždin County",
        ),
        "type": "development_agency",
        "address": "Kratka 1",
        "postcode": "42000",
        "town": VARAZDIN,
        "country": "HR",
        "website": "https://www.azra.hr/",
    },
    {
        "name": T(
            "Hrvatski zavod za zapošljavanje – Regionalni ured Varaždin",
            "Hrvatski zavod za zapošljavanje – Regionalni ured Varaždin",
            "Croatian Employment Service – Regional Office Varaždin",
        ),
        "type": "employment_office",
        "town": VARAZDIN,
        "country": "HR",
    },
    # Not real organisations: they show what a complete entry looks like (hours, access, map link).
    {
        "name": T(
            "Primer: društvo za pomoč ljudem v stiski",
            "Primjer: udruga za pomoć ljudima u nevolji",
            "Example: association helping people in need",
        ),
        "type": "ngo",
        "town": PTUJ,
        "country": "SI",
        "opening_hours": EXAMPLE_HOURS,
        "accessibility_notes": EXAMPLE_ACCESS,
        "coordinates": ("46.419900", "15.870200"),
        "is_example": True,
    },
    {
        "name": T(
            "Primer: svetovalnica za dolgove",
            "Primjer: savjetovalište za dugove",
            "Example: debt advice service",
        ),
        "type": "ngo",
        "town": VARAZDIN,
        "country": "HR",
        "opening_hours": EXAMPLE_HOURS,
        "accessibility_notes": EXAMPLE_ACCESS,
        "coordinates": ("46.305700", "16.336600"),
        "is_example": True,
    },
]
