"""Profile fields for the generated corpus: names, organisations, domains, headlines.

Everything here is invented. Company names and domains are fictional (a few real
aerospace, defence and technology brands appear only in :data:`BRANDS`, which the
generator uses for ``brand_impersonation`` rows next to a look-alike domain).
Personal names come from many cultures and are drawn from one pool with one set of
weights for both labels, so that a name never carries label information.
"""

from __future__ import annotations

import functools
import random
import re
import unicodedata

# ---------------------------------------------------------------------------
# Names: (culture, female first names, male first names, last names).
# A last name "Ivanov/Ivanova" gives the masculine and feminine forms.
# ---------------------------------------------------------------------------

NAME_CULTURES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "english",
        ("Emma", "Olivia", "Charlotte", "Hannah", "Lucy", "Sophie", "Grace", "Rebecca"),
        ("James", "Oliver", "Thomas", "Daniel", "William", "Samuel", "George", "Matthew"),
        ("Smith", "Clarke", "Turner", "Hughes", "Walker", "Bennett", "Harris", "Collins",
         "Wright", "Morgan", "Price", "Fletcher"),
    ),
    (
        "french",
        ("Camille", "Claire", "Élodie", "Manon", "Chloé", "Inès", "Juliette", "Margaux"),
        ("Julien", "Antoine", "Mathieu", "Nicolas", "Hugo", "Étienne", "Romain", "Baptiste"),
        ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier",
         "Rousseau", "Mercier", "Garnier", "Perrin"),
    ),
    (
        "german",
        ("Lena", "Katharina", "Johanna", "Miriam", "Sabine", "Franziska", "Greta", "Ulrike"),
        ("Lukas", "Jonas", "Matthias", "Stefan", "Florian", "Tobias", "Markus", "Felix"),
        ("Müller", "Schmidt", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wagner",
         "Krüger", "Neumann", "Vogel", "Brandt"),
    ),
    (
        "chinese",
        ("Mei", "Xiaoling", "Yan", "Jing", "Hui", "Lan", "Xinyi", "Ying"),
        ("Wei", "Jun", "Hao", "Lei", "Tao", "Ming", "Zhiwei", "Jian"),
        ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
         "Sun"),
    ),
    (
        "indian",
        ("Priya", "Ananya", "Kavya", "Neha", "Divya", "Meera", "Shreya", "Aishwarya"),
        ("Arjun", "Rahul", "Vikram", "Rohan", "Aditya", "Karthik", "Sanjay", "Nikhil"),
        ("Sharma", "Iyer", "Patel", "Reddy", "Nair", "Gupta", "Menon", "Rao", "Desai",
         "Kulkarni", "Chatterjee", "Singh"),
    ),
    (
        "arabic",
        ("Layla", "Fatima", "Noor", "Yasmin", "Amira", "Salma", "Rania", "Hala"),
        ("Omar", "Youssef", "Ahmed", "Khalid", "Tariq", "Samir", "Hassan", "Faisal"),
        ("Haddad", "Mansour", "Khalil", "Nasser", "Saleh", "Hamdan", "Aziz", "Farouk",
         "Rahman", "Darwish", "Kassab", "Jaber"),
    ),
    (
        "russian",
        ("Anastasia", "Olga", "Natalia", "Ekaterina", "Irina", "Svetlana", "Daria", "Yulia"),
        ("Dmitri", "Alexei", "Sergei", "Ivan", "Mikhail", "Pavel", "Nikolai", "Andrei"),
        ("Ivanov/Ivanova", "Petrov/Petrova", "Smirnov/Smirnova", "Volkov/Volkova",
         "Sokolov/Sokolova", "Kuznetsov/Kuznetsova", "Popov/Popova", "Lebedev/Lebedeva",
         "Morozov/Morozova", "Orlov/Orlova", "Fedorov/Fedorova", "Zaitsev/Zaitseva"),
    ),
    (
        "japanese",
        ("Yuki", "Haruka", "Aiko", "Sakura", "Emi", "Naoko", "Misaki", "Ayumi"),
        ("Hiroshi", "Takeshi", "Kenji", "Daisuke", "Ryo", "Satoshi", "Kazuki", "Yuto"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
         "Kobayashi", "Kato", "Yoshida", "Yamada"),
    ),
    (
        "korean",
        ("Ji-woo", "Seo-yeon", "Min-ji", "Soo-ah", "Hye-jin", "Eun-ji", "Yuna", "Da-eun"),
        ("Min-jun", "Seo-jun", "Ji-ho", "Hyun-woo", "Dong-hyun", "Jae-won", "Sung-min",
         "Tae-yang"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
         "Shin"),
    ),
    (
        "nigerian",
        ("Chiamaka", "Ngozi", "Adaeze", "Funmilayo", "Yetunde", "Amaka", "Zainab", "Folake"),
        ("Chinedu", "Oluwaseun", "Emeka", "Tunde", "Babatunde", "Ifeanyi", "Kelechi", "Segun"),
        ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Obi",
         "Olawale", "Chukwu", "Bello", "Ogunleye"),
    ),
    (
        "hispanic",
        ("María", "Lucía", "Carmen", "Valentina", "Sofía", "Isabel", "Paula", "Daniela"),
        ("Javier", "Carlos", "Diego", "Alejandro", "Pablo", "Mateo", "Andrés", "Luis"),
        ("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Torres", "Navarro",
         "Ortega", "Castillo", "Vargas", "Morales"),
    ),
    (
        "vietnamese",
        ("Linh", "Trang", "Mai", "Thao", "Huong", "Ngoc", "Lan Anh", "Thu"),
        ("Minh", "Tuan", "Duc", "Quang", "Huy", "Khoa", "Long", "Hieu"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo",
         "Duong"),
    ),
    (
        "turkish",
        ("Elif", "Zeynep", "Ayşe", "Merve", "Ebru", "Deniz", "Selin", "Büşra"),
        ("Mehmet", "Emre", "Burak", "Mustafa", "Can", "Onur", "Kerem", "Murat"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
         "Doğan", "Kılıç", "Aslan"),
    ),
    (
        "persian",
        ("Shirin", "Leila", "Parisa", "Mina", "Nazanin", "Sara", "Roya", "Maryam"),
        ("Reza", "Arash", "Dariush", "Kian", "Babak", "Navid", "Farhad", "Omid"),
        ("Hosseini", "Ahmadi", "Karimi", "Rahimi", "Moradi", "Jafari", "Rostami", "Tehrani",
         "Sadeghi", "Mohammadi", "Kazemi", "Farahani"),
    ),
    (
        "polish",
        ("Agnieszka", "Katarzyna", "Magdalena", "Zofia", "Joanna", "Aleksandra", "Ewa", "Marta"),
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Michał", "Jakub", "Marek", "Łukasz"),
        ("Kowalski/Kowalska", "Nowak", "Wiśniewski/Wiśniewska", "Wójcik",
         "Kamiński/Kamińska", "Lewandowski/Lewandowska", "Zieliński/Zielińska",
         "Szymański/Szymańska", "Dąbrowski/Dąbrowska", "Kaczmarek", "Mazur", "Krawczyk"),
    ),
    (
        "lusophone",
        ("Ana", "Beatriz", "Juliana", "Fernanda", "Larissa", "Camila", "Gabriela", "Mariana"),
        ("João", "Rafael", "Gustavo", "Felipe", "Rodrigo", "Thiago", "Bruno", "Leonardo"),
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Carvalho",
         "Ribeiro", "Gomes", "Barbosa", "Rocha"),
    ),
    (
        "italian",
        ("Giulia", "Francesca", "Chiara", "Alessia", "Martina", "Federica", "Elena", "Silvia"),
        ("Marco", "Luca", "Giuseppe", "Matteo", "Andrea", "Davide", "Riccardo", "Stefano"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
         "Marino", "Greco", "Bruno", "Conti"),
    ),
    (
        "dutch",
        ("Sanne", "Fleur", "Eva", "Lotte", "Anouk", "Femke", "Iris", "Maartje"),
        ("Daan", "Bram", "Sem", "Jeroen", "Pieter", "Ruben", "Joost", "Thijs"),
        ("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
         "de Boer", "Mulder", "Vos", "Dekker"),
    ),
    (
        "nordic",
        ("Ingrid", "Astrid", "Sigrid", "Freya", "Maja", "Linnea", "Karin", "Elin"),
        ("Erik", "Lars", "Magnus", "Anders", "Henrik", "Nils", "Johan", "Oskar"),
        ("Andersson", "Johansson", "Lindqvist", "Nilsson", "Hansen", "Larsen", "Berg", "Dahl",
         "Lund", "Eriksen", "Holm", "Strand"),
    ),
    (
        "greek",
        ("Eleni", "Katerina", "Dimitra", "Ioanna", "Georgia", "Despina", "Vasiliki", "Athina"),
        ("Nikos", "Giorgos", "Kostas", "Yannis", "Dimitris", "Alexandros", "Stavros",
         "Panagiotis"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachos", "Oikonomou",
         "Christodoulou", "Pappas", "Alexiou", "Antoniou", "Makris", "Dimitriou"),
    ),
    (
        "east_african",
        ("Wanjiru", "Amani", "Njeri", "Achieng", "Makena", "Halima", "Selam", "Tigist"),
        ("Kamau", "Otieno", "Baraka", "Juma", "Mwangi", "Tesfaye", "Dawit", "Kiprono"),
        ("Kariuki", "Odhiambo", "Njoroge", "Wambua", "Kiplagat", "Mutua", "Bekele", "Tadesse",
         "Haile", "Abebe", "Wekesa", "Chebet"),
    ),
    (
        "filipino",
        ("Marites", "Kristine", "Angelica", "Rowena", "Jasmine", "Liza", "Charmaine", "Bea"),
        ("Jose", "Mark Anthony", "Rommel", "Jericho", "Paolo", "Ramon", "Carlo", "Miguel"),
        ("Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Dela Cruz", "Aquino",
         "Manalo", "Pascual", "Soriano", "Tolentino"),
    ),
    (
        "indonesian",
        ("Siti", "Dewi", "Putri", "Ayu", "Nurul", "Intan", "Ratna", "Sari"),
        ("Budi", "Agus", "Rizky", "Andi", "Hendra", "Fajar", "Arif", "Dimas"),
        ("Santoso", "Wijaya", "Hidayat", "Saputra", "Kusuma", "Pratama", "Halim", "Gunawan",
         "Setiawan", "Nugroho", "Ismail", "Sutanto"),
    ),
    (
        "hebrew",
        ("Noa", "Tamar", "Yael", "Maya", "Shira", "Michal", "Adi", "Liat"),
        ("Yonatan", "Itai", "Noam", "Eitan", "Ariel", "Omer", "Guy", "Amit"),
        ("Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Shapiro", "Katz",
         "Avraham", "Ben-David", "Golan", "Segal"),
    ),
    (
        "ukrainian",
        ("Oksana", "Kateryna", "Iryna", "Olena", "Viktoriia", "Nataliia", "Halyna", "Mariia"),
        ("Oleksandr", "Andrii", "Taras", "Bohdan", "Yurii", "Dmytro", "Mykola", "Serhii"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
         "Oliinyk", "Lysenko", "Marchenko", "Boyko", "Savchenko", "Rudenko"),
    ),
    (
        "maghrebi",
        ("Yasmine", "Nadia", "Samira", "Karima", "Leïla", "Sonia", "Myriam", "Hanane"),
        ("Mehdi", "Rachid", "Nabil", "Sofiane", "Karim", "Yassine", "Bilal", "Amine"),
        ("Benali", "Bouzid", "Cherif", "Haddadi", "Belkacem", "Mansouri", "Ait Ahmed",
         "Brahimi", "Benyahia", "Zerrouki", "Lamrani", "Benkirane"),
    ),
    (
        "west_african",
        ("Aminata", "Fatou", "Awa", "Mariam", "Kadiatou", "Aïssatou", "Ndeye", "Rokia"),
        ("Moussa", "Mamadou", "Ousmane", "Ibrahima", "Cheikh", "Abdoulaye", "Souleymane",
         "Seydou"),
        ("Diallo", "Traoré", "Ndiaye", "Diop", "Camara", "Koné", "Sow", "Coulibaly", "Sylla",
         "Touré", "Keita", "Fofana"),
    ),
)

#: Maps every first name to the culture it is listed under (first listing wins).
FIRST_NAME_CULTURE: dict[str, str] = {}
for _culture, _fem, _masc, _last in NAME_CULTURES:
    for _name in _fem + _masc:
        FIRST_NAME_CULTURE.setdefault(_name, _culture)

#: Probability that a full name mixes the first name and surname of two cultures.
MIXED_NAME_P = 0.12


def draw_person(rng: random.Random) -> tuple[str, str, str]:
    """Draw an invented person from the shared, label-independent name pool.

    Parameters
    ----------
    rng : random.Random
        Source of randomness. The caller passes a stream that never sees the label.

    Returns
    -------
    tuple of str
        ``(first_name, last_name, gender)`` with gender ``"f"`` or ``"m"`` (used only for
        French grammatical agreement).

    Examples
    --------
    >>> first, last, gender = draw_person(random.Random(3))
    >>> gender in {"f", "m"} and bool(first) and bool(last)
    True
    """
    culture = rng.choice(NAME_CULTURES)
    gender = "f" if rng.random() < 0.5 else "m"
    first = rng.choice(culture[1] if gender == "f" else culture[2])
    surname_culture = rng.choice(NAME_CULTURES) if rng.random() < MIXED_NAME_P else culture
    last = rng.choice(surname_culture[3])
    if "/" in last:
        masc, fem = last.split("/")
        last = fem if gender == "f" else masc
    return first, last, gender


@functools.lru_cache(maxsize=4096)
def ascii_slug(text: str, sep: str = "") -> str:
    """Lower-case ASCII slug of ``text`` (accents stripped, non-alphanumerics removed).

    Examples
    --------
    >>> ascii_slug("Élodie Lefèvre", sep=".")
    'elodie.lefevre'
    >>> ascii_slug("Yılmaz")
    'yilmaz'
    """
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    parts = re.findall(r"[a-z0-9]+", text)
    return sep.join(parts)


# ---------------------------------------------------------------------------
# Organisations. All invented; domains are derived deterministically.
# ---------------------------------------------------------------------------

_TLDS_EN = ("com", "io", "co.uk", "com", "net", "eu", "ai", "co", "com", "org")
_TLDS_FR = ("fr", "com", "eu", "fr", "io", "com", "net")


def _with_domains(names: tuple[str, ...], tlds: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Attach an invented domain to each organisation name (deterministic)."""
    out = []
    for i, name in enumerate(names):
        words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", name) if len(w) > 2]
        stem = ascii_slug("".join(words[:2]) if len(words) > 1 else name)
        out.append((name, f"{stem}.{tlds[i % len(tlds)]}"))
    return tuple(out)


#: In-house employers in sensitive and ordinary sectors (fictional).
EMPLOYERS = _with_domains(
    (
        "Norvane Photonics", "Qubitra Systems", "Helixgen Biosciences", "Aerolith Dynamics",
        "Kestrelmoor Avionics", "Brightwafer Semiconductors", "Cobaltline Networks",
        "Veyra Atomics", "Lumetrix AI", "Saltmarsh Robotics", "Corvane Defence Systems",
        "Ostravia Space", "Tessaly Quantum", "Ferrowind Energy", "Glimmerbrook Labs",
        "Halvorsen Microsystems", "Ibexa Cyber", "Juniperline Telecom", "Kalder Materials",
        "Marrowgate Bio", "Nimbuscale Compute", "Orrisfield Aerospace", "Pellucid Optics",
        "Quillon Cryptography", "Rivenhall Nuclear Services", "Stratavane Drones",
        "Thorncliff Analytics", "Umbrelle Foods", "Valtaro Logistics", "Wrenfield Retail",
        "Xantheon Therapeutics", "Yarrowby Insurance", "Zephyrion Satellite",
    ),
    _TLDS_EN,
) + _with_domains(
    (
        "Soleris Photonique", "Aubrelle Aéro", "Cimeterre Systèmes", "Dauphane Quantique",
        "Estérel Semiconducteurs", "Fauvelle Biotech", "Grisonne Télécom", "Heliade Spatial",
        "Isarde Cyber", "Lavandière Robotique", "Mirabelle Énergie", "Norevane Nucléaire",
    ),
    _TLDS_FR,
)

#: Recruitment agencies (fictional).
AGENCIES = _with_domains(
    (
        "Harbourline Talent", "Meridale Search Partners", "Fennimore Technical",
        "Blue Quarry Recruitment",
        "Copperfield People", "Arkwright Talent Group", "Solway Engineering Recruitment",
        "Tidemark Talent", "Pinecrest Staffing", "Greyfell Resourcing",
        "Northgate Technical Hiring",
        "Larkspur Talent Solutions", "Westbrook Deep Tech Recruitment", "Amberlea Talent",
    ),
    _TLDS_EN,
) + _with_domains(
    (
        "Talentis Conseil", "Recrutéo Ingénierie", "Cap Horizon Recrutement", "Belvédère RH",
        "Ligne Claire Talents", "Passerelle Ingénieurs",
    ),
    _TLDS_FR,
)

#: Executive-search firms (fictional).
SEARCH_FIRMS = _with_domains(
    (
        "Ardent Vale Executive Search", "Castellane Partners", "Whitlock Rowe Associates",
        "Marchmont Leadership", "Ravensworth Board Search", "Silverbirch Executive",
        "Haldane Keir Partners", "Orme & Tallis Search",
    ),
    _TLDS_EN,
) + _with_domains(
    ("Vauclair Associés", "Montferrand Executive", "Delorme Saint-Aubin Conseil"), _TLDS_FR
)

#: Expert networks (fictional).
EXPERT_NETWORKS = _with_domains(
    (
        "Insightbridge Experts", "Panelwise Network", "Sagepoint Advisors Network",
        "Quorumly Expert Calls", "Fieldnote Expert Network", "Clearview Expert Panel",
    ),
    _TLDS_EN,
) + _with_domains(("Avis d'Experts Réseau", "Parole d'Expert Conseil"), _TLDS_FR)

#: Conference organisers and their events (fictional).
EVENT_ORGANISERS = _with_domains(
    ("Northbank Events", "Lanternfish Conferences", "Redcliffe Summits", "Orbitale Événements",
     "Kittiwake Forums"),
    _TLDS_EN,
)
EVENTS_EN = (
    "EuroQuantum Forum", "Frontier Models Summit", "Silicon Futures Week", "BioDesign Europe",
    "Secure Systems Symposium", "Aerospace Innovation Days", "Open Networks Congress",
    "Applied Cryptography Workshop", "Policy & Technology Forum", "Fusion & Fission Futures",
    "Deep Tech Founders Meetup", "Autonomy and Robotics Expo",
)
EVENTS_FR = (
    "Journées Quantiques de Rivebelle", "Rencontres IA & Société", "Forum Semi-conducteurs Europe",
    "Assises de la Cybersécurité Appliquée", "Colloque Biologie de Synthèse",
    "Salon Aéro-Innovation", "Journées Télécoms du Futur", "Forum Politiques Numériques",
)
#: French definite article for each event name (used in French messages: "au", "aux", "du").
EVENT_ARTICLES_FR: dict[str, str] = {
    "Journées Quantiques de Rivebelle": "les", "Rencontres IA & Société": "les",
    "Forum Semi-conducteurs Europe": "le", "Assises de la Cybersécurité Appliquée": "les",
    "Colloque Biologie de Synthèse": "le", "Salon Aéro-Innovation": "le",
    "Journées Télécoms du Futur": "les", "Forum Politiques Numériques": "le",
}

#: Universities and research institutes (fictional).
UNIVERSITIES_EN = (
    "Aldermoor University", "Kingsreach Institute of Technology", "Calder Polytechnic",
    "University of Eastwick", "Brannock College", "Harrowgate University",
    "Linwood Institute for Advanced Study", "Thamesmouth University",
)
UNIVERSITIES_FR = (
    "Université de Montclar", "Institut Polytechnique de Rivebelle", "Université de Valmorel",
    "École Supérieure d'Ingénierie de Clairefond", "Université Paris-Aubrac",
    "Institut National des Sciences de Belcastel",
)
ACADEMIC_DOMAINS = {
    "Aldermoor University": "aldermoor.ac.uk",
    "Kingsreach Institute of Technology": "kingsreach.edu",
    "Calder Polytechnic": "calderpoly.ac.uk", "University of Eastwick": "eastwick.ac.uk",
    "Brannock College": "brannock.edu", "Harrowgate University": "harrowgate.ac.uk",
    "Linwood Institute for Advanced Study": "linwood-ias.org",
    "Thamesmouth University": "thamesmouth.ac.uk", "Université de Montclar": "univ-montclar.fr",
    "Institut Polytechnique de Rivebelle": "ip-rivebelle.fr",
    "Université de Valmorel": "univ-valmorel.fr", "École Supérieure d'Ingénierie de Clairefond":
    "esi-clairefond.fr", "Université Paris-Aubrac": "paris-aubrac.fr",
    "Institut National des Sciences de Belcastel": "ins-belcastel.fr",
}

#: Media outlets (fictional).
OUTLETS = _with_domains(
    ("The Meridian Ledger", "Tech Sentinel Weekly", "Circuit & Policy", "The Harbour Post",
     "Frontline Science Review", "Le Courrier Numérique", "L'Observatoire Tech",
     "La Gazette de l'Innovation"),
    ("com", "co.uk", "net", "com", "org", "fr", "fr", "fr"),
)

#: Investment funds (fictional).
FUNDS = _with_domains(
    ("Northfold Ventures", "Lanterne Capital", "Tidewater Seed", "Greylag Partners",
     "Ossory Deep Tech Fund", "Brisebois Capital", "Kelpie Ventures", "Astrolabe Amorçage"),
    ("vc", "fr", "com", "com", "eu", "fr", "io", "fr"),
)

#: Vendors and service providers (fictional).
VENDORS = _with_domains(
    ("Datasmith Labs", "Cloudkeel", "Tracewell Compliance", "Benchcraft Instruments",
     "Loomdesk Software", "Sécurix Solutions", "Cryoline Supplies", "Annotata"),
    ("io", "com", "co.uk", "com", "io", "fr", "eu", "ai"),
)

#: Podcasts, associations and other benign senders (fictional).
OTHER_ORGS = _with_domains(
    ("Circuits & Systems Podcast Network", "Women in Deep Tech Circle", "Open Lab Mentoring",
     "Association Ingénieurs Demain", "Cercle des Jeunes Chercheurs", "Hackspace Eastwick"),
    ("fm", "org", "org", "fr", "fr", "org"),
)

#: Generic, unverifiable or cover organisations used by hostile senders (fictional).
HOSTILE_ORGS = _with_domains(
    (
        "Global Talent Partners Group", "Elite Horizon Consulting", "Strategic Insight Bureau",
        "Orient Bridge Advisory", "Apexline Global Talent", "Silverline International Consulting",
        "Crown Meridian Partners", "Lumacrest Global Talent", "Varnex Strategic Advisory",
        "Zenith Orbis Consulting", "Pan-Continental Expert Services", "Goldgate Talent Union",
        "Summit Bridge Research", "Oriel Advisory International",
    ),
    ("net", "com", "org", "co", "net", "com", "net", "com", "org", "co", "net", "com", "org",
     "net"),
) + _with_domains(
    (
        "Cabinet Horizon International", "Conseil Stratégie Globale",
        "Passerelle Internationale Talents",
    ),
    ("net", "com", "org"),
)

#: Think-tank style cover organisations (fictional).
THINK_TANKS = _with_domains(
    (
        "Institute for Euro-Pacific Dialogue", "Centre for Continental Development Studies",
        "Forum for Strategic Exchange", "Academy of Cross-Border Policy Research",
        "Eurasia Futures Roundtable", "Council for Technology Cooperation",
        "Institut Eurasien d'Études Stratégiques", "Cercle de Dialogue Europe-Asie",
    ),
    ("org", "org", "net", "org", "com", "org", "org", "org"),
)

#: Genuine-sounding (fictional) policy institutes for benign invitations.
POLICY_INSTITUTES = _with_domains(
    (
        "Halden Policy Institute", "Westmoor Centre for Security Studies",
        "Institut Lumen Politiques",
    ),
    ("org", "org", "fr"),
)

#: Fake "aged" front companies that look like ordinary firms (hostile rows).
FRONT_COMPANIES = _with_domains(
    ("Kestrelbrook Systems", "Arcmoor Talent Solutions", "Dunmore Technical Partners",
     "Halcyra Consulting", "Bellweather Research Services", "Pravelle Conseil"),
    ("com", "co.uk", "com", "io", "com", "fr"),
)

#: Real brands, used ONLY in ``brand_impersonation`` rows, always with a look-alike domain.
BRANDS: tuple[tuple[str, str], ...] = (
    ("Airbus", "airbus"), ("Thales", "thales"), ("BAE Systems", "baesystems"),
    ("Lockheed Martin", "lockheedmartin"), ("Northrop Grumman", "northropgrumman"),
    ("Collins Aerospace", "collinsaero"), ("General Dynamics", "gd"), ("Safran", "safran"),
    ("Dassault Aviation", "dassault"), ("Rolls-Royce", "rollsroyce"), ("Leonardo", "leonardo"),
    ("MBDA", "mbda"), ("Naval Group", "navalgroup"), ("ASML", "asml"),
)
_LOOKALIKE_PATTERNS = (
    "{s}-careers.net", "{s}-talentportal.com", "careers-{s}.org", "{s}-hr-global.com",
    "{s}recruit.io", "{s}-jobs.co", "{s}-group-careers.com", "jobs-{s}-intl.net",
    "{s}-recrutement.net", "{s}careers-portal.com",
)


def lookalike_domain(rng: random.Random, brand_slug: str) -> str:
    """Build a look-alike careers domain for a brand slug.

    Examples
    --------
    >>> lookalike_domain(random.Random(0), "airbus").count("airbus")
    1
    """
    return rng.choice(_LOOKALIKE_PATTERNS).format(s=brand_slug)


#: Generic, template-like websites used on some hostile profiles.
GENERIC_URLS = (
    "global-consulting-partners.net", "talent-network-intl.com", "executive-careers-hub.net",
    "career-opportunity-center.com", "international-advisory-group.org", "hr-solutions-global.co",
    "expert-exchange-forum.net", "best-talent-agency.com", "premium-recruit.net",
)

# ---------------------------------------------------------------------------
# Places (shared by both labels so that geography carries no label signal).
# ---------------------------------------------------------------------------

CITIES_EN = (
    "London", "Cambridge", "Bristol", "Manchester", "Edinburgh", "Oxford", "Munich", "Amsterdam",
    "Boston", "Austin", "Toronto", "Dublin", "Zurich", "Stockholm",
)
CITIES_FR = (
    "Paris", "Lyon", "Toulouse", "Grenoble", "Bordeaux", "Nantes", "Rennes", "Sophia Antipolis",
    "Saclay", "Lille", "Montréal", "Genève", "Bruxelles",
)
ABROAD_CITIES_EN = (
    "Singapore", "Shanghai", "Hong Kong", "Dubai", "Istanbul", "Tokyo", "Seoul", "Doha", "Vienna",
    "Geneva", "San Francisco", "Shenzhen", "Abu Dhabi", "Kuala Lumpur",
)
ABROAD_CITIES_FR = (
    "Singapour", "Shanghai", "Hong Kong", "Dubaï", "Istanbul", "Tokyo", "Séoul", "Doha", "Vienne",
    "Genève", "San Francisco", "Shenzhen", "Abou Dabi", "Kuala Lumpur",
)

# ---------------------------------------------------------------------------
# Target sectors. Same mix for both labels.
# ---------------------------------------------------------------------------

#: (sector, weight). Roughly 15% non-sensitive.
SECTOR_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("ai", 0.13), ("quantum", 0.09), ("synbio", 0.07), ("semis", 0.09), ("aerospace", 0.11),
    ("nuclear", 0.06), ("telecom", 0.06), ("crypto", 0.06), ("gov", 0.07), ("thinktank", 0.05),
    ("founder", 0.06), ("other", 0.16),
)

TARGET_HEADLINES_EN: dict[str, tuple[str, ...]] = {
    "ai": (
        "Research Scientist, Large Language Models", "Senior ML Engineer | Model Evaluation",
        "Head of Applied AI at Lumetrix AI", "PhD candidate in reinforcement learning",
        "ML Infrastructure Lead | Distributed Training", "AI Safety Researcher",
        "Computer Vision Engineer | Autonomous Systems", "Staff Engineer, Inference Optimisation",
    ),
    "quantum": (
        "Senior Research Scientist, Superconducting Qubits", "Quantum Error Correction Researcher",
        "Cryogenic Electronics Engineer | Quantum Computing", "Quantum Sensing Lead",
        "Postdoc in trapped-ion quantum computing", "Photonic Quantum Hardware Engineer",
    ),
    "synbio": (
        "Synthetic Biology Lead | Strain Engineering", "Protein Design Scientist",
        "Head of Bioprocess Development", "Senior Scientist, Gene Editing Platforms",
        "Computational Biologist | Enzyme Engineering",
    ),
    "semis": (
        "Lithography Process Engineer", "Senior Design Engineer, RF Front-End ICs",
        "Yield Engineering Manager | 3nm", "Analog Mixed-Signal Designer",
        "Packaging & Heterogeneous Integration Engineer", "EUV Metrology Specialist",
    ),
    "aerospace": (
        "Systems Engineer | UAV Flight Control", "Avionics Software Lead",
        "Propulsion Engineer, Hypersonics Programme", "Defence Programme Manager",
        "Radar Systems Engineer", "Satellite Payload Engineer", "Guidance & Navigation Engineer",
        "SC-cleared Systems Integrator | Defence",
    ),
    "nuclear": (
        "Reactor Physicist", "Nuclear Safety Case Engineer", "Fuel Cycle Analyst",
        "Fusion Plasma Diagnostics Engineer", "Radiation Protection Adviser",
    ),
    "telecom": (
        "5G Core Network Architect", "Optical Networks Engineer", "RAN Software Developer",
        "Network Security Lead | Telecoms", "Satellite Communications Engineer",
    ),
    "crypto": (
        "Applied Cryptographer", "Post-Quantum Cryptography Researcher",
        "Security Engineer | HSM & Key Management", "Cryptographic Protocol Designer",
        "Hardware Security Researcher",
    ),
    "gov": (
        "Policy Adviser, Science and Technology", "Civil Servant | Defence Policy",
        "Parliamentary Researcher", "Senior Analyst, Export Controls",
        "Economic Adviser, HM Civil Service", "Diplomat | Technology Attaché",
        "Procurement Lead, Public Sector Digital",
    ),
    "thinktank": (
        "Senior Fellow, Technology & Security", "Research Director at a policy institute",
        "Analyst | China and Indo-Pacific Studies", "Programme Lead, Economic Security",
        "Visiting Fellow, Space Policy",
    ),
    "founder": (
        "Co-founder & CTO | Quantum Sensing Startup", "Founder, Stealth AI Lab",
        "CEO & Co-founder | Drone Autonomy", "Founder | Synthetic Biology Spin-out",
        "CTO at a photonics start-up", "Co-founder | Chip Design Tools",
    ),
    "other": (
        "Marketing Manager | Consumer Goods", "Primary School Teacher", "HR Business Partner",
        "Chartered Accountant", "Head Chef", "Retail Operations Manager",
        "Graphic Designer | Branding", "Physiotherapist", "Logistics Coordinator",
        "Customer Success Manager | SaaS", "Estate Agent",
    ),
}

TARGET_HEADLINES_FR: dict[str, tuple[str, ...]] = {
    "ai": (
        "Chercheuse en apprentissage automatique", "Ingénieur ML | Évaluation de modèles",
        "Responsable IA appliquée", "Doctorant en apprentissage par renforcement",
        "Ingénieure MLOps | Entraînement distribué",
        "Data scientist senior | Vision par ordinateur",
    ),
    "quantum": (
        "Chercheur en calcul quantique | Qubits supraconducteurs", "Ingénieure cryogénie quantique",
        "Post-doctorant en capteurs quantiques", "Responsable matériel quantique photonique",
    ),
    "synbio": (
        "Chercheuse en biologie de synthèse", "Ingénieur bioprocédés",
        "Responsable plateforme d'édition génomique", "Biologiste computationnel",
    ),
    "semis": (
        "Ingénieur procédés lithographie", "Concepteur circuits analogiques et mixtes",
        "Responsable rendement | Semi-conducteurs", "Ingénieure packaging avancé",
    ),
    "aerospace": (
        "Ingénieur systèmes drones", "Responsable programme défense",
        "Ingénieure radar | Traitement d'antenne", "Ingénieur charge utile satellite",
        "Chef de projet avionique", "Ingénieur GNC | Lanceurs",
    ),
    "nuclear": (
        "Ingénieure sûreté nucléaire", "Physicien des réacteurs",
        "Ingénieur cycle du combustible", "Chercheuse en fusion | Diagnostics plasma",
    ),
    "telecom": (
        "Architecte réseau cœur 5G", "Ingénieur réseaux optiques",
        "Responsable sécurité réseau | Opérateur télécom",
        "Ingénieure télécommunications spatiales",
    ),
    "crypto": (
        "Cryptographe appliqué", "Chercheuse en cryptographie post-quantique",
        "Ingénieur sécurité | HSM et gestion de clés", "Expert en sécurité matérielle",
    ),
    "gov": (
        "Chargée de mission | Administration centrale", "Conseiller politiques numériques",
        "Attaché parlementaire", "Analyste contrôle des exportations", "Haut fonctionnaire",
        "Diplomate | Affaires stratégiques",
    ),
    "thinktank": (
        "Chercheur associé | Technologie et sécurité",
        "Directrice de recherche, institut de politique",
        "Analyste Indo-Pacifique", "Responsable de programme | Sécurité économique",
    ),
    "founder": (
        "Cofondatrice & CTO | Start-up quantique", "Fondateur | Start-up drones autonomes",
        "CEO & cofondateur | Biotech", "Fondatrice | Outils de conception de puces",
    ),
    "other": (
        "Responsable marketing | Grande consommation", "Professeure des écoles",
        "Chargé RH", "Expert-comptable", "Chef de cuisine", "Responsable logistique",
        "Graphiste indépendante", "Kinésithérapeute", "Conseiller immobilier",
    ),
}

#: Headlines of people in a vulnerable or transitional situation (grievance hooks).
TRANSITION_HEADLINES_EN = (
    "Former Policy Adviser | Open to work", "Ex-civil servant | Seeking new opportunities",
    "Former Defence Analyst | Open to consulting", "Laid off | Senior ML Engineer | Open to work",
    "Former Programme Manager, Aerospace | Available immediately",
    "Former Research Scientist | Career break",
)
TRANSITION_HEADLINES_FR = (
    "Ancien conseiller ministériel | En recherche d'opportunités",
    "Ex-fonctionnaire | Ouvert aux missions de conseil",
    "Ancienne analyste défense | Disponible", "Ingénieur | En transition professionnelle",
)

#: Sector -> (field, topics) in English and French, used in flattery and requests.
SECTOR_TOPICS_EN: dict[str, tuple[str, tuple[str, ...]]] = {
    "ai": ("machine learning", ("training large language models", "model evaluation",
           "efficient inference", "reinforcement learning", "multimodal models")),
    "quantum": ("quantum technologies", ("qubit readout", "quantum error correction",
                "quantum sensing", "cryogenic control electronics", "photonic qubits")),
    "synbio": ("synthetic biology", ("strain engineering", "protein design",
               "gene-editing platforms", "bioprocess scale-up")),
    "semis": ("semiconductors", ("EUV lithography", "advanced packaging", "RF front-end design",
              "yield engineering", "analog design")),
    "aerospace": ("aerospace and defence", ("UAV autonomy", "radar systems",
                  "hypersonic propulsion", "satellite payloads", "flight control software")),
    "nuclear": ("nuclear engineering", ("reactor safety cases", "fuel-cycle analysis",
                "fusion diagnostics", "small modular reactors")),
    "telecom": ("telecoms", ("5G core networks", "optical transport", "network security",
                "satellite links")),
    "crypto": ("cryptography", ("post-quantum schemes", "key management",
               "side-channel resistance", "protocol design")),
    "gov": ("public policy", ("technology regulation", "export controls", "science funding",
            "digital infrastructure policy")),
    "thinktank": ("security policy", ("economic security", "Indo-Pacific strategy",
                  "space policy", "technology competition")),
    "founder": ("deep-tech start-ups", ("spin-out fundraising", "hardware start-ups",
                "product-market fit in deep tech", "scaling an R&D team")),
    "other": ("business operations", ("team leadership", "supply-chain planning",
              "customer experience", "brand strategy")),
}
SECTOR_TOPICS_FR: dict[str, tuple[str, tuple[str, ...]]] = {
    "ai": ("l'apprentissage automatique", ("l'entraînement de grands modèles de langage",
           "l'évaluation des modèles", "l'inférence embarquée",
           "l'apprentissage par renforcement")),
    "quantum": ("les technologies quantiques", ("la lecture de qubits", "la correction d'erreurs "
                "quantiques", "les capteurs quantiques", "l'électronique cryogénique")),
    "synbio": ("la biologie de synthèse", ("l'ingénierie des souches", "la conception de "
               "protéines", "l'édition génomique", "la montée en échelle des bioprocédés")),
    "semis": ("les semi-conducteurs", ("la lithographie EUV", "le packaging avancé",
              "la conception RF", "l'amélioration du rendement")),
    "aerospace": ("l'aéronautique et la défense", ("l'autonomie des drones", "les systèmes radar",
                  "la propulsion hypersonique", "les charges utiles satellitaires")),
    "nuclear": ("le nucléaire", ("la sûreté des réacteurs", "le cycle du combustible",
                "les diagnostics de fusion", "les petits réacteurs modulaires")),
    "telecom": ("les télécoms", ("les cœurs de réseau 5G", "les réseaux optiques",
                "la sécurité des réseaux", "les liaisons satellitaires")),
    "crypto": ("la cryptographie", ("les schémas post-quantiques", "la gestion de clés",
               "la résistance aux canaux auxiliaires", "la conception de protocoles")),
    "gov": ("les politiques publiques", ("la régulation du numérique", "le contrôle des "
            "exportations", "le financement de la recherche", "la souveraineté numérique")),
    "thinktank": ("les questions de sécurité", ("la sécurité économique", "l'Indo-Pacifique",
                  "la politique spatiale", "la compétition technologique")),
    "founder": ("les start-up deeptech", ("la levée de fonds des spin-off", "les start-up "
                "matérielles", "la structuration d'une équipe R&D")),
    "other": ("la gestion d'entreprise", ("le management d'équipe", "la chaîne logistique",
              "l'expérience client", "la stratégie de marque")),
}

#: Job titles offered, by target sector.
ROLE_TITLES_EN: dict[str, tuple[str, ...]] = {
    "ai": ("Senior Research Engineer, Pre-training", "Staff ML Engineer", "Applied Scientist",
           "Head of Evaluation"),
    "quantum": ("Quantum Hardware Engineer", "Senior Quantum Physicist", "Control Systems Lead"),
    "synbio": ("Principal Scientist, Strain Engineering", "Protein Engineering Lead"),
    "semis": ("Senior Process Engineer", "RFIC Design Lead", "Principal Yield Engineer"),
    "aerospace": ("Senior Systems Engineer", "Flight Software Lead", "Radar Algorithms Engineer"),
    "nuclear": ("Safety Case Lead", "Senior Reactor Physicist"),
    "telecom": ("Principal Network Architect", "Senior RAN Engineer"),
    "crypto": ("Senior Cryptography Engineer", "Security Architect"),
    "gov": ("Head of Policy", "Senior Public Affairs Manager", "Regulatory Affairs Lead"),
    "thinktank": ("Director of Research", "Senior Policy Analyst"),
    "founder": ("VP Engineering", "Chief Technology Officer", "Head of R&D"),
    "other": ("Operations Manager", "Senior Account Manager", "Team Lead"),
}
ROLE_TITLES_FR: dict[str, tuple[str, ...]] = {
    "ai": ("Ingénieur·e de recherche senior en IA", "Lead ML Engineer", "Responsable évaluation"),
    "quantum": ("Ingénieur·e matériel quantique", "Physicien·ne quantique senior"),
    "synbio": ("Scientifique principal·e, ingénierie des souches",),
    "semis": ("Ingénieur·e procédés senior", "Responsable conception RF"),
    "aerospace": ("Ingénieur·e systèmes senior", "Responsable logiciel de vol"),
    "nuclear": ("Responsable sûreté", "Physicien·ne des réacteurs senior"),
    "telecom": ("Architecte réseau principal", "Ingénieur·e RAN senior"),
    "crypto": ("Ingénieur·e cryptographie senior", "Architecte sécurité"),
    "gov": ("Responsable affaires publiques", "Directeur·rice des politiques publiques"),
    "thinktank": ("Directeur·rice de recherche", "Analyste politique senior"),
    "founder": ("VP Engineering", "Directeur·rice technique", "Responsable R&D"),
    "other": ("Responsable des opérations", "Chef·fe d'équipe"),
}

# ---------------------------------------------------------------------------
# Sender headlines.  ``{company}``, ``{field}`` etc. are filled by the generator.
# ---------------------------------------------------------------------------

SENDER_HEADLINES_EN: dict[str, tuple[str, ...]] = {
    "in_house_recruiter": (
        "Talent Acquisition Partner at {company}", "Technical Recruiter | {company}",
        "Senior Recruiter, Engineering – {company}", "Head of Talent | {company}",
        "People & Talent Lead at {company}",
    ),
    "agency_recruiter": (
        "Senior Consultant | {sector_label} Recruitment | {company}",
        "Recruitment Consultant at {company}",
        "Principal Consultant – Deep Tech Hiring", "Associate Director | {company}",
        "Talent Partner | Engineering & Science",
    ),
    "executive_search": (
        "Partner, Executive Search – {company}", "Principal | Board & Leadership Search",
        "Managing Director at {company}", "Leadership Advisory | {company}",
    ),
    "expert_network": (
        "Research Associate at {company} | Expert Network", "Client Service Associate – {company}",
        "Expert Recruitment Lead | {company}",
    ),
    "conference_invite": (
        "Programme Manager, {event_name}", "Conference Producer at {company}",
        "Speaker Relations | {event_name}", "Head of Content | {company}",
    ),
    "academic_collab": (
        "Associate Professor at {company}", "Postdoctoral Researcher | {company}",
        "Lecturer in {sector_label}", "Research Fellow | {company}",
    ),
    "journalist": (
        "Technology Correspondent, {company}", "Reporter covering security at {company}",
        "Freelance science journalist", "Senior Editor | {company}",
    ),
    "investor": (
        "Principal at {company}", "Partner | Deep Tech | {company}", "Investment Associate",
        "Venture Partner at {company}",
    ),
    "vendor_sales": (
        "Account Executive at {company}", "Business Development Manager – {company}",
        "Solutions Engineer | {company}", "Partnerships Lead at {company}",
    ),
    "alumni": (
        "Product Manager at {company}", "Engineer | {company}", "Consultant | Alumni mentor",
        "Operations Lead at {company}",
    ),
    "other": (
        "Host of a deep-tech podcast", "Community Lead at {company}", "Mentor | {company}",
        "Volunteer coordinator", "Career coach",
    ),
    "hostile_generic": (
        "Senior Headhunter | Global Talent", "Director | Global Consulting Partners",
        "CEO | Executive Search & Strategic Insight", "International Talent Advisor",
        "HR Manager", "Recruiter", "Consultant", "Business Development | Europe–Asia",
        "Senior Partner at {company}", "Talent Scout | High-End Profiles",
        "Strategic Advisor | Public Affairs", "Project Manager | International Cooperation",
    ),
    "think_tank": (
        "Research Fellow at {company}", "Programme Director, {company}",
        "Academic Exchange Coordinator", "Senior Researcher | International Dialogue",
    ),
    "brand": (
        "Talent Acquisition Lead at {company}", "HR Business Partner – {company}",
        "Recruitment Specialist | {company} Careers", "Global Hiring Manager at {company}",
    ),
    "investment": (
        "Managing Partner | Cross-border Investment Advisory", "Investment Director at {company}",
        "Technology Scout | Strategic Investments", "Due Diligence Lead",
    ),
}
SENDER_HEADLINES_FR: dict[str, tuple[str, ...]] = {
    "in_house_recruiter": (
        "Chargée de recrutement chez {company}", "Talent Acquisition Manager | {company}",
        "Responsable recrutement ingénierie – {company}",
    ),
    "agency_recruiter": (
        "Consultant en recrutement | {company}", "Consultante senior | Ingénierie & Deeptech",
        "Manager recrutement chez {company}",
    ),
    "executive_search": (
        "Associé, Executive Search – {company}", "Chasseuse de têtes | Direction générale",
        "Directeur associé chez {company}",
    ),
    "expert_network": ("Chargé de recherche d'experts | {company}", "Associée – {company}"),
    "conference_invite": ("Responsable programme, {event_name}", "Cheffe de projet événementiel"),
    "academic_collab": (
        "Maître de conférences | {company}", "Chercheuse CNRS associée",
        "Post-doctorant | {company}",
    ),
    "journalist": ("Journaliste tech | {company}", "Rédactrice en chef adjointe chez {company}"),
    "investor": ("Chargé d'investissement chez {company}", "Associée | {company}"),
    "vendor_sales": ("Ingénieur commercial chez {company}", "Business Developer | {company}"),
    "alumni": ("Cheffe de produit chez {company}", "Ingénieur | Alumni", "Consultant | {company}"),
    "other": ("Animatrice de podcast tech", "Responsable communauté | {company}", "Coach carrière"),
    "hostile_generic": (
        "Chasseur de têtes | Profils internationaux",
        "Directeur | Cabinet de conseil international",
        "Consultante", "Conseiller stratégique", "Responsable RH", "Recruteur international",
        "Associé chez {company}", "Chef de projet | Coopération internationale",
    ),
    "think_tank": ("Chercheur associé, {company}", "Directrice de programme | {company}"),
    "brand": ("Responsable recrutement chez {company}", "HR Business Partner – {company}"),
    "investment": ("Associé gérant | Conseil en investissement", "Directrice des investissements"),
}

#: Short sector labels for headlines.
SECTOR_LABELS_EN: dict[str, str] = {
    "ai": "AI & ML", "quantum": "Quantum", "synbio": "Life Sciences", "semis": "Semiconductor",
    "aerospace": "Aerospace & Defence", "nuclear": "Nuclear & Energy", "telecom": "Telecoms",
    "crypto": "Cyber Security", "gov": "Public Affairs", "thinktank": "Policy",
    "founder": "Deep Tech", "other": "Commercial",
}
