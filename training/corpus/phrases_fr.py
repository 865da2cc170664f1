"""French phrase bank for the corpus generator.

Same structure as :mod:`training.corpus.phrases_en`. A template starting with ``"V:"``
addresses the reader with *vous*, one starting with ``"T:"`` with *tu*; unmarked templates
are register-neutral. The generator keeps one register per message. ``{e_s}`` and
``{e_t}`` are ``""`` or ``"e"`` for the grammatical agreement of the sender and the target,
``{tcher}`` is ``Cher``/``Chère`` and ``{tciv}`` ``Monsieur``/``Madame``.
"""

from __future__ import annotations

PHRASES_FR: dict[str, dict[str, list[str]]] = {
    # ------------------------------------------------------------------ greeting
    "greeting": {
        "personal": [
            "Bonjour {tname},", "V:Bonjour {tname}, j'espère que vous allez bien.",
            "T:Salut {tname} !", "T:Bonjour {tname}, j'espère que tu vas bien.",
            "{tcher} {tname},", "Bonsoir {tname},",
            "Bonjour {tname}, merci d'avoir accepté mon invitation.", "Hello {tname},",
            "V:Bonjour {tname}, je me permets de vous contacter directement.",
            "T:Bonjour {tname}, je me permets de te contacter directement.", "Bonjour {tname} !",
            "V:Bonjour {tname}, j'espère que votre semaine se passe bien.",
            "T:Hello {tname}, j'espère que ta semaine se passe bien.", "T:Coucou {tname},",
            "Bonjour {tname}, pardon pour ce message un peu direct.",
            "Bonjour {tname}, merci pour la mise en relation.",
            "V:Bonjour {tname}, merci d'avoir accepté ma demande de connexion.",
            "T:Salut {tname}, merci pour l'ajout !", "Bonjour {tname} — un petit mot rapide.",
        ],
        "formal": [
            "Bonjour {tciv},", "Bonjour {tciv} {tlast},", "{tcher} {tciv},", "{tciv},",
            "V:Bonjour {tciv} {tlast}, j'espère que vous vous portez bien.",
            "V:{tciv}, je me permets de vous écrire directement.",
            "V:Bonjour {tciv}, veuillez excuser ce message non sollicité.",
            "Bonjour Docteur {tlast},", "V:{tcher} {tciv} {tlast}, j'espère que vous allez bien.",
            "V:Bonjour {tciv} {tlast}, merci d'avoir accepté ma demande.",
            "Bonjour Professeur {tlast},",
            "V:{tciv} {tlast}, permettez-moi de me présenter.",
            "Bonjour {tciv}, salutations de {city}.",
        ],
        "generic": [
            "Bonjour,", "Madame, Monsieur,", "Cher collègue,", "Chère collègue, cher collègue,",
            "Bonjour cher ami,", "Salutations,", "Bonjour à vous,",
            "V:Bonjour, j'espère que vous allez bien.", "Cher expert,", "Bonne journée à vous,",
            "Bonjour et bonne journée,", "T:Salut,", "Bonjour cher professionnel,",
            "Salutations de {city} !", "V:Bonjour, j'espère que vous vous portez bien.",
            "Madame, Monsieur, bonjour.", "Cher(e) candidat(e),",
        ],
    },
    # ------------------------------------------------------------------ opener
    "opener": {
        "context": [
            "V:J'ai beaucoup apprécié votre intervention à {event} le mois dernier.",
            "T:J'ai beaucoup aimé ton intervention à {event} le mois dernier.",
            "V:Nous nous sommes croisés à {event} — c'est moi qui vous avais interrogé{e_t} sur "
            "{topic}.",
            "V:{refname} m'a suggéré de vous contacter.",
            "T:{refname} m'a conseillé de t'écrire.",
            "V:Je suis vos publications sur {topic} depuis un moment.",
            "T:Je suis tes posts sur {topic} depuis un moment.",
            "V:J'ai lu avec intérêt votre récent article sur {topic}.",
            "V:Votre nom est revenu plusieurs fois quand j'ai demandé autour de moi qui "
            "connaissait "
            "{topic}.",
            "Nous avons plusieurs contacts en commun dans le milieu de {field}.",
            "V:Merci d'avoir accepté ma demande après la table ronde sur {topic}.",
            "V:Un collègue m'a transmis votre note sur {topic}.",
            "V:J'ai vu votre commentaire sous le post de {refname} sur {topic}.",
            "V:J'ai écouté votre interview en podcast sur {topic}.",
            "V:Je reviens vers vous suite à notre court échange à {event}.",
            "T:Je reviens vers toi après notre petit échange à {event}.",
            "V:Félicitations pour votre nouveau poste, au passage.",
            "T:Félicitations pour ton nouveau poste, au passage !",
        ],
        "open_to_work": [
            "V:J'ai vu que vous étiez ouvert{e_t} à de nouvelles opportunités.",
            "T:J'ai vu que tu étais ouvert{e_t} à de nouvelles opportunités.",
            "V:J'ai remarqué le bandeau « Open to work » sur votre profil, j'espère que ce message "
            "tombe bien.",
            "V:Je crois comprendre que vous cherchez votre prochain poste.",
            "V:J'ai vu votre post sur la réorganisation — désolé{e_s} pour vous, et bon courage "
            "dans vos recherches.",
            "V:J'ai remarqué que vous aviez récemment quitté votre poste.",
            "V:Vous avez indiqué être disponible pour de nouveaux projets.",
            "T:Tu as indiqué être disponible pour de nouveaux projets, alors je tente ma chance.",
            "V:Puisque vous évoquiez une réflexion sur la suite, je me permets de vous écrire.",
        ],
        "grievance": [
            "V:J'ai été désolé{e_s} d'apprendre les coupes budgétaires dans votre service ; la "
            "période doit être frustrante.",
            "V:J'ai vu votre post sur la restructuration — des personnes de votre expérience "
            "méritent bien mieux.",
            "V:C'est dommage de voir comment l'administration traite ses meilleurs éléments ; j'ai "
            "vu que vous étiez parti{e_t}.",
            "V:J'ai senti votre frustration face au manque de moyens dans votre domaine ; vous "
            "n'êtes pas seul{e_t}.",
            "V:J'ai appris que votre programme avait été arrêté — quel gâchis de talent.",
            "V:Après tant d'années de service, il doit être difficile de voir votre travail si peu "
            "reconnu.",
            "V:Je comprends que les choses sont compliquées depuis les licenciements dans votre "
            "organisation.",
            "V:Votre post sur l'épuisement professionnel m'a beaucoup touché{e_s}.",
            "V:J'ai vu que votre start-up traversait une levée de fonds difficile ; je peux peut-"
            "être vous aider.",
            "Beaucoup de gens dans votre situation se sentent sous-estimés après la dernière "
            "réorganisation.",
            "V:J'imagine que le gel des recrutements a rendu les choses difficiles pour vous.",
            "V:On sent dans vos posts que votre institution ne vous a pas donné le soutien que "
            "vous "
            "méritiez.",
            "V:Vos commentaires récents sur les salaires dans la fonction publique étaient très "
            "honnêtes.",
            "V:Les budgets de votre secteur fondent et les bons éléments partent ; vous méritez "
            "mieux.",
            "T:J'ai vu que tu cherchais depuis un moment ; franchement, quelqu'un de ton niveau "
            "mérite mieux.",
            "T:J'ai lu ton post sur la restructuration, ça doit être dur à vivre.",
        ],
    },
    # ------------------------------------------------------------------ intro
    "intro": {
        "inhouse": [
            "Je suis {sfirst}, chargé{e_s} de recrutement pour l'équipe {team} chez {company}.",
            "Je pilote le recrutement de l'équipe {team} chez {company}.",
            "Je fais partie de l'équipe talent interne de {company}.",
            "Je m'appelle {sname} et je m'occupe des recrutements techniques chez {company}.",
            "Je recrute pour notre pôle {team} chez {company}.",
            "Je suis {sfirst}, de l'équipe RH de {company}, où nous renforçons l'équipe {team}.",
            "Je travaille au recrutement chez {company}, à {city}.",
            "Je suis la personne en charge des recrutements {team} chez {company}.",
            "Je vous écris de la part de l'équipe recrutement de {company}.",
            "{company} agrandit son équipe {team} et je mène ce recrutement.",
            "Je suis {sfirst}, responsable recrutement chez {company}.",
            "Je suis {recruteur_s} chez {company}, acteur de {field}.",
        ],
        "agency": [
            "Je suis {sfirst}, consultant{e_s} chez {company}, cabinet spécialisé dans {field}.",
            "Je travaille pour {company}, un cabinet de recrutement spécialisé dans {field}.",
            "Je suis {recruteur_s} chez {company} ; nous plaçons des ingénieurs et des "
            "chercheurs dans {field}.",
            "Je suis {sname}, du cabinet {company}, spécialisé dans les profils techniques "
            "{region}.",
            "Je suis consultant{e_s} en recrutement chez {company}.",
            "{company} est un cabinet de recrutement technique et je m'occupe de nos clients dans "
            "{field}.",
            "Je suis chasseur de têtes chez {company}, sur des postes techniques.",
            "Je suis {sfirst}, je recrute dans {field} pour {company}.",
            "Je travaille chez {company}, cabinet de recrutement ; cela fait {years} ans que je "
            "recrute dans {field}.",
            "Nous sommes un cabinet indépendant, {company}, et je travaille sur une mission dans "
            "{field}.",
        ],
        "search": [
            "Je suis associé{e_s} chez {company}, cabinet d'executive search.",
            "Je dirige la practice technologie de {company}, cabinet de chasse de têtes.",
            "Je suis {sname}, de {company} ; nous menons des recherches de dirigeants dans "
            "{field}.",
            "{company} a été mandaté pour une recherche de direction et c'est moi qui la conduis.",
            "Je suis consultant{e_s} en recherche de dirigeants chez {company}.",
            "Mon cabinet, {company}, est spécialisé dans les nominations de direction dans "
            "{field}.",
            "Je conduis une recherche par approche directe chez {company} pour un client de "
            "{field}.",
            "Je suis {sfirst}, du cabinet de chasse {company}.",
        ],
        "expert_network": [
            "Je suis chargé{e_s} de recherche chez {company}, un réseau d'experts.",
            "Je travaille chez {company} ; nous mettons en relation investisseurs et consultants "
            "avec des experts pour des appels courts.",
            "Je vous contacte de la part de {company}, réseau d'experts, pour un client qui "
            "s'intéresse à {field}.",
            "{company} anime un réseau d'experts et l'un de nos clients étudie {topic}.",
            "Je suis {sfirst}, de {company} ; nous organisons des consultations d'experts "
            "encadrées "
            "par notre service conformité.",
            "Je suis {chef_s} de projet chez {company}, réseau d'experts basé à {city}.",
        ],
        "conference": [
            "Je fais partie du comité de programme de {event}.",
            "Je suis responsable du programme de {event}, qui aura lieu à {city} le {date}.",
            "Je prépare la liste des intervenants de {event}.",
            "J'aide à organiser {event}, une conférence publique sur {field}.",
            "Je coordonne les intervenants de {event}, organisé par {company}.",
            "Je vous écris au nom du comité d'organisation de {event}.",
            "Je co-préside une session à {event} cette année.",
        ],
        "academic": [
            "Je suis {chercheur_s} à {university} et je travaille sur {topic}.",
            "Je suis maître de conférences à {university}.",
            "Je suis post-doctorant{e_s} à {university}, dans une équipe spécialisée dans {field}.",
            "Je dirige une petite équipe à {university} qui travaille sur {topic}.",
            "Je suis {sname}, enseignant{e_s}-{chercheur_s} à {university}.",
            "Je suis doctorant{e_s} à {university} et je travaille sur {topic}.",
            "Je coordonne un réseau de recherche sur {field} à {university}.",
            "J'anime un séminaire consacré à {field} à {university}.",
        ],
        "journalist": [
            "Je suis journaliste chez {outlet} et je couvre {field}.",
            "Je suis journaliste pour {outlet} et je prépare un dossier sur {topic}.",
            "Je suis journaliste scientifique indépendant{e_s} et j'écris pour {outlet}.",
            "Je couvre la tech et la sécurité pour {outlet}.",
            "Je suis {sname}, {redacteur_s} à {outlet}.",
            "J'écris sur {field} pour {outlet}.",
        ],
        "investor": [
            "Je suis chargé{e_s} d'investissement chez {fund}, fonds d'amorçage deeptech.",
            "Je suis associé{e_s} chez {fund} ; nous investissons en seed et en série A dans "
            "{field}.",
            "Je travaille chez {fund}, un fonds de capital-risque basé à {city}.",
            "Je suis {sname}, de {fund} ; nous accompagnons des fondateurs techniques dans "
            "{field}.",
            "Je m'occupe des investissements deeptech chez {fund}.",
            "Je fais partie de l'équipe d'investissement de {fund} à {city}.",
        ],
        "vendor": [
            "Je suis ingénieur{e_s} commercial{e_s} chez {company}.",
            "Je m'occupe des partenariats chez {company} ; nous développons des outils pour les "
            "équipes de {field}.",
            "Je suis {sfirst}, de {company} — nous aidons les laboratoires à gérer leurs données.",
            "Je vous écris de la part de {company}, fournisseur d'équipements pour les labos de "
            "{field}.",
            "Je m'occupe du développement commercial chez {company}.",
            "Je suis ingénieur{e_s} avant-vente chez {company}.",
        ],
        "alumni": [
            "V:Nous avons tous les deux étudié à {university} — j'avais quelques promos d'avance "
            "sur vous.",
            "T:On a tous les deux fait {university} — j'avais quelques promos d'avance sur toi.",
            "Je suis aussi {ancien_s} de {university}, aujourd'hui chez {company}.",
            "T:J'ai vu qu'on était tous les deux alumni de {university}, alors je passe dire "
            "bonjour.",
            "T:Je suis {sfirst}, je crois qu'on s'est croisés à {university}.",
            "Je fais partie du réseau des anciens de {university} et j'anime le groupe de mentorat "
            "consacré à {field}.",
            "{ancien_s_cap} de {university} moi aussi, je travaille maintenant chez {company}.",
        ],
        "other": [
            "J'anime un petit podcast sur {field}.",
            "J'organise un programme de mentorat bénévole pour les personnes qui se "
            "reconvertissent "
            "dans {field}.",
            "J'anime un meetup de professionnels de {field} à {city}.",
            "J'écris un chapitre de livre sur les métiers de {field}.",
            "Je suis coach carrière et j'accompagne des ingénieurs.",
            "Je travaille chez {company}, une association qui soutient les jeunes chercheurs.",
            "Je prépare une journée de découverte des métiers dans un lycée.",
            "Je suis {un_s} {ancien_s} collègue de {refname}.",
            "Je suis étudiant{e_s} et j'organise une table ronde carrières à {university}.",
        ],
        "vague": [
            "Je représente un cabinet de conseil qui travaille avec des institutions "
            "internationales.",
            "Je travaille avec plusieurs clients étrangers qui s'intéressent à {field}.",
            "Je suis consultant{e_s} pour un groupe de partenaires internationaux.",
            "Je travaille pour une organisation qui préfère rester anonyme à ce stade.",
            "Mon client est une institution respectée à l'étranger.",
            "Je conseille des clients en Asie et dans le Golfe qui suivent de près {field}.",
            "Je suis consultant{e_s} indépendant{e_s} et j'aide des institutions étrangères à "
            "comprendre {field}.",
            "Je travaille pour un réseau de partenaires qui apprécient l'avis d'experts.",
            "J'agis pour le compte de clients institutionnels que je ne peux pas nommer ici.",
            "Je représente un groupe reconnu qui a des intérêts dans {field}.",
            "Nous sommes un cabinet qui conseille des clients étrangers proches des pouvoirs "
            "publics.",
            "Je vous contacte pour un client dont l'identité vous sera communiquée plus tard.",
            "Je collabore avec des partenaires à l'étranger très intéressés par des profils comme "
            "le vôtre.",
            "Nos clients sont des investisseurs et des institutions internationales.",
            "Je travaille avec un petit cercle de partenaires qui suivent de près {field}.",
            "Je conseille un groupe international qui sait reconnaître les talents.",
        ],
        "headhunter": [
            "Je suis chasseur de têtes sur des missions de haut niveau.",
            "Je repère des profils haut de gamme pour des clients internationaux.",
            "Je suis spécialisé{e_s} dans les profils stratégiques.",
            "Je suis {recruteur_s} international{e_s} et votre profil m'a été signalé.",
            "Je travaille en chasse de têtes pour des clients internationaux.",
            "Je dirige un petit cabinet de talents.",
            "Je recherche des experts rares pour des projets particuliers.",
            "Je recrute pour un projet spécial.",
            "Je recrute des spécialistes seniors pour des clients stratégiques.",
        ],
        "think_tank": [
            "Je suis {chercheur_s} associé{e_s} à {company}, qui favorise le dialogue entre "
            "l'Europe et l'Asie.",
            "Je coordonne le programme d'experts de {company}.",
            "Je travaille à {company}, une plateforme d'échanges académiques.",
            "Je fais partie de {company} ; nous réunissons universitaires et praticiens.",
            "Je suis {directeur_s} de programme à {company}, forum de recherche sur les politiques "
            "internationales.",
            "{company} constitue un réseau international d'experts et je m'occupe des contacts.",
            "Je suis {chercheur_s} invité{e_s} à {company}.",
            "Je représente {company}, centre de recherche indépendant.",
        ],
        "brand": [
            "Je suis responsable acquisition de talents chez {company}.",
            "Je fais partie de l'équipe recrutement internationale de {company}.",
            "Je vous écris de la part des RH de {company}.",
            "Je m'occupe des recrutements confidentiels pour les programmes avancés de {company}.",
            "Je recrute pour la direction technique de {company}.",
            "{company} renforce son équipe {team} et je pilote ce recrutement.",
            "Je fais partie de l'équipe carrières de {company} (Europe).",
            "Je suis {recruteur_s} senior chez {company}, sur de nouveaux programmes.",
        ],
        "fund_anon": [
            "J'agis comme intermédiaire pour un fonds d'investissement étranger.",
            "Je conseille un fonds qui préfère rester anonyme pour l'instant.",
            "Je représente des investisseurs étrangers qui s'intéressent aux sociétés comme la "
            "vôtre.",
            "Je suis consultant{e_s} pour un family office qui investit dans {field}.",
            "Nous sommes un cabinet mandaté par un fonds international.",
            "J'aide un investisseur stratégique étranger à repérer des start-up prometteuses.",
            "Je représente un groupe d'investisseurs qui restent discrets.",
            "Notre client, un fonds industriel étranger, étudie les sociétés de {field}.",
            "Je travaille pour un cabinet de conseil en investissement qui agit pour un client "
            "nommé ultérieurement.",
        ],
    },
    # ------------------------------------------------------------------ flattery
    "flattery": {
        "specific": [
            "V:Vos travaux sur {topic} correspondent exactement à ce que nous faisons.",
            "T:Tes travaux sur {topic} correspondent pile à ce qu'on fait.",
            "V:J'ai lu votre article sur {topic} et les résultats m'ont semblé très utiles.",
            "V:Votre expérience sur {topic} semble très pertinente pour ce poste.",
            "T:Ton expérience sur {topic} m'a tapé dans l'œil.",
            "V:J'ai apprécié votre dernier post sur {topic}.",
            "V:Votre intervention sur {topic} était l'une des plus claires que j'ai vues.",
            "V:Votre combinaison entre {topic} et le management d'équipe est assez rare.",
            "V:Votre expérience sur {topic} est précisément ce dont l'équipe a besoin.",
            "V:Vos contributions open source autour de {topic} sont impressionnantes.",
            "V:Vos deux derniers postes collent bien à ce que nous construisons.",
            "T:Tes deux derniers postes collent bien à ce qu'on construit.",
            "V:Votre thèse sur {topic} circule dans l'équipe.",
            "V:Votre profil montre une vraie pratique de {topic}.",
            "V:Votre projet récent sur {topic} est très proche de nos besoins.",
            "V:Je pense que votre expérience dans {field} serait très appréciée chez nous.",
        ],
        "superlative": [
            "V:Votre profil m'a vraiment marqué{e_s}.",
            "V:Vous êtes clairement un{e_t} expert{e_t} reconnu{e_t} dans {field}.",
            "V:Votre profil est exactement le profil haut de gamme que mon client recherche.",
            "V:Le niveau de vos travaux est remarquable.",
            "V:Votre parcours est remarquable.",
            "V:Vous avez l'un des profils les plus impressionnants que j'aie vus dans {field}.",
            "Les personnes avec votre expertise sont extrêmement rares.",
            "V:On m'a dit que vous étiez parmi les meilleurs dans {field}.",
            "V:Votre réputation dans {field} vous précède.",
            "V:Votre expertise est très respectée par mes clients.",
            "V:Il est rare de trouver quelqu'un avec votre niveau d'accès et de connaissances.",
            "V:Vous avez un profil brillant et une position unique dans {field}.",
            "V:Honnêtement, votre profil est le meilleur que j'ai vu cette année.",
            "V:Mes clients vous considèrent comme une référence dans {field}.",
            "V:Vos analyses sont exactement ce dont les décideurs ont besoin.",
            "T:Franchement, ton profil est exceptionnel.",
            "T:Ton parcours est vraiment remarquable.",
        ],
    },
    # ------------------------------------------------------------------ offer
    "offer": {
        "role_specific": [
            "Nous recrutons un(e) {title} pour l'équipe {team} à {city} ({workmode}).",
            "Le poste : {title}, rattaché au responsable {team}, basé à {city}.",
            "Il s'agit d'un CDI de {title} à {city}, {workmode} ; référence {ref}.",
            "Le poste de {title} (réf. {ref}) est dans l'équipe {team}, {workmode}, à {city}.",
            "Nous avons une ouverture de {title} à {city} ; la fiche de poste complète est sur "
            "{jd_url}.",
            "Je travaille sur un poste de {title} à {city} — CDI, {workmode}.",
            "Le poste de {title} est au sein de {team} ; vous encadreriez {teamsize}.",
            "Nous cherchons un(e) {title} pour notre site de {city} ({workmode}) ; l'annonce : "
            "{jd_url}.",
            "Il s'agit d'un poste de {title} sur un programme {team}, temps plein, à {city}.",
            "Un poste de {title} ({ref}) est ouvert dans nos bureaux de {city}, {workmode}.",
            "Je recrute un(e) {title} pour une entreprise {stage} à {city}.",
            "C'est un poste de {title} centré sur {topic}, en hybride depuis {city}.",
            "L'équipe recrute un(e) {title} ; l'offre est en ligne sur {jd_url} (réf. {ref}).",
            "Le processus : deux entretiens techniques et un échange avec l'équipe, pour un poste "
            "de {title} à {city}.",
            "Le poste de {title} nécessite d'être habilitable ; il est basé à {city}.",
            "Poste de {title}, {city}, CDI, prise de poste flexible.",
        ],
        "role_confidential": [
            "Mon client, dont je pourrai vous donner le nom après un premier échange, recrute un(e)"
            " {title} à {city}.",
            "Je mène une recherche pour un poste de {title} dans une entreprise {stage} à {city} ; "
            "le client reste confidentiel à ce stade.",
            "Le client est un acteur connu de {field} ; je vous donnerai son nom quand nous aurons "
            "échangé. Le poste : {title}, {city}.",
            "Il s'agit d'une recherche confidentielle pour un poste de {title} basé à {city}, "
            "rattaché au directeur général.",
            "Nous sommes mandatés pour trouver un(e) {title} pour une société cotée à {city} que "
            "je pourrai nommer si vous êtes intéressé{e_t}.",
            "Le client préfère ne pas être nommé avant la short-list ; le poste est {title} dans "
            "une entreprise de {field}.",
            "Le poste de {title} est dans une entreprise cliente {stage} à {city} ; la fiche "
            "complète est "
            "disponible sous NDA.",
            "Je cherche un(e) {title} pour un client à {abroad_city}, avec accompagnement à la "
            "relocalisation.",
            "Il s'agit d'un remplacement, donc la recherche n'est pas publiée : {title}, {city}.",
        ],
        "role_vague": [
            "J'ai une opportunité qui correspond parfaitement à votre profil.",
            "Il s'agit d'un poste de conseil flexible qui pourrait vous intéresser.",
            "Mon client cherche quelqu'un avec vos connaissances pour un projet particulier.",
            "C'est une mission de conseil à temps partiel, entièrement à distance, très flexible.",
            "L'opportunité est de haut niveau et les détails seront partagés plus tard.",
            "Nous avons un projet qui correspond exactement à votre expérience.",
            "C'est une opportunité unique que je ne peux décrire qu'en termes généraux ici.",
            "La mission consiste à partager votre point de vue avec des décideurs.",
            "Il s'agit d'une collaboration de conseil avec un groupe respecté.",
            "Le poste peut être adapté à votre profil.",
            "La mission est simple et ne prend que quelques heures par semaine.",
            "Nous cherchons un conseiller pour aider nos partenaires à mieux comprendre {field}.",
            "Je ne peux pas encore donner beaucoup de détails, mais il s'agit d'un rôle "
            "stratégique.",
            "La collaboration serait flexible, à distance, avec des conditions très attractives.",
            "C'est une mission de conseil pour un projet international dans {field}.",
            "Il y a une ouverture intéressante que je préfère vous expliquer de vive voix.",
            "Mon client souhaite construire une relation de long terme avec un expert comme vous.",
        ],
        "expert_call": [
            "Un de nos clients, un fonds d'investissement, souhaite un appel d'une heure sur les "
            "tendances du marché de {topic}.",
            "Nous organisons de courtes consultations sur le paysage commercial de {topic}.",
            "Le client souhaite une consultation téléphonique de 60 minutes sur l'adoption de "
            "{topic} dans l'industrie.",
            "Il s'agit d'un appel ponctuel d'une heure sur la dynamique publique du marché de "
            "{field}.",
            "Notre client fait une étude de marché sur {topic} et aimerait une heure de votre "
            "temps.",
            "L'appel porte uniquement sur des tendances publiques du secteur, rien de propre à "
            "votre employeur.",
            "Nous organiserions un seul appel sur les fournisseurs et les prix dans {topic}.",
            "Le projet consiste en quelques appels sur le paysage concurrentiel de {field}.",
        ],
        "talk": [
            "V:Nous aimerions vous inviter à une table ronde sur {topic} à {event}, à {city}, le "
            "{date}.",
            "V:Accepteriez-vous de donner une présentation de 20 minutes sur {topic} à {event} ?",
            "V:Nous préparons une session publique sur {topic} et serions ravis de vous compter "
            "parmi les intervenants.",
            "V:Nous serions ravis de vous accueillir sur notre panel consacré à {topic} ; le "
            "programme complet "
            "est public sur {event_url}.",
            "V:Je souhaiterais vous inviter à présenter vos travaux sur {topic} à {event}.",
            "V:Nous avons un créneau de keynote sur {topic} à {event}, le {date}, et votre nom a "
            "été proposé.",
            "La session sur {topic} est ouverte à tous les inscrits et sera filmée.",
            "T:Ça te dirait de faire un talk de 10 minutes sur {topic} à {event} ?",
            "V:Pourriez-vous participer à une discussion modérée sur {topic} à {event} ?",
            "Nous organisons une table ronde sur {topic} sous la règle de Chatham House ; "
            "l'ordre du jour est en ligne.",
            "Notre institut organise un cycle de séminaires ouverts sur {topic} à {city}.",
        ],
        "collab": [
            "Nous préparons une réponse à un appel à projets sur {topic} et cherchons des "
            "partenaires.",
            "V:Seriez-vous intéressé{e_t} par la co-écriture d'un article d'atelier sur {topic} ?",
            "T:Ça t'intéresserait de co-écrire un papier d'atelier sur {topic} ?",
            "Nous lançons un groupe de lecture sur {topic}.",
            "V:Nous avons un projet étudiant sur {topic} et cherchons un co-encadrant extérieur.",
            "V:Nous rédigeons un article de synthèse sur {topic} et serions ravis de vous avoir "
            "comme co-auteur{e_t}.",
            "V:J'aimerais discuter d'une collaboration possible sur {topic}, dans un cadre de "
            "science ouverte.",
            "Nous candidatons à un financement public sur {topic} et il reste de la place pour un "
            "partenaire industriel.",
            "V:J'aimerais vous inviter à donner un séminaire dans notre équipe sur {topic}.",
        ],
        "interview": [
            "V:Je prépare un article sur {topic} et j'aimerais vous citer, en votre nom.",
            "V:Accepteriez-vous de répondre à quelques questions pour un article sur {topic} ?",
            "Je prépare un dossier sur {topic} et je cherche des voix d'experts.",
            "V:J'aimerais vous interviewer sur {topic} pour un papier qui sortira le mois "
            "prochain.",
            "V:Nous préparons un sujet sur {topic} ; puis-je vous poser quelques questions ?",
            "V:Votre nom est revenu pour un long format sur {topic}.",
        ],
        "invest": [
            "V:Nous aimerions en savoir plus sur ce que vous construisez.",
            "T:On aimerait en savoir plus sur ce que tu construis.",
            "V:Nous investissons en seed et série A dans {field} et votre société a retenu notre "
            "attention.",
            "Pas besoin de pitch — nous aimons simplement rencontrer les fondateurs qui "
            "travaillent "
            "sur {topic}.",
            "V:Nous aimerions faire connaissance avec votre équipe avant votre prochain tour.",
            "Nous cartographions les sociétés de {topic} et aimerions échanger.",
            "T:On aimerait faire connaissance, pas besoin de deck à ce stade.",
        ],
        "demo": [
            "V:Nous avons développé un outil de suivi d'expériences pour les équipes de {field} et "
            "j'aimerais vous en faire une démo.",
            "V:Notre plateforme de gestion des données de labo pourrait être utile à votre équipe.",
            "Nous proposons un pilote gratuit aux équipes de {field} ce trimestre.",
            "Notre logiciel de conformité est utilisé par plusieurs sociétés de {field} à {city}.",
            "V:J'aimerais 20 minutes pour comprendre vos outils et voir si nous pouvons aider.",
            "T:Je peux te montrer l'outil en 20 minutes si ça t'intéresse.",
        ],
        "catchup": [
            "V:Seriez-vous partant{e_t} pour un café un de ces jours ?",
            "T:Ça te dirait qu'on prenne un café un de ces jours ?",
            "T:J'aimerais bien savoir comment tu es arrivé{e_t} dans {field}.",
            "V:J'envisage de me réorienter vers {field} et votre avis me serait précieux.",
            "T:On organise une soirée des anciens à {city}, ce serait sympa de t'y voir.",
            "T:Ça me ferait plaisir d'avoir de tes nouvelles.",
            "V:Notre association d'anciens cherche des mentors dans {field} ; cela vous "
            "intéresserait-il ?",
        ],
        "other": [
            "V:Seriez-vous d'accord pour être invité{e_t} d'un épisode sur {topic} ?",
            "Je cherche des mentors bénévoles pour des jeunes qui débutent dans {field}.",
            "V:Accepteriez-vous de parler de {field} à une classe de lycéens ?",
            "Nous organisons un meetup informel sur {topic} à {city} le {date}.",
            "Je recueille de courts témoignages de carrière dans {field} pour un blog public.",
            "T:Ton avis sur un petit outil open source pour {topic} m'intéresserait beaucoup.",
        ],
        "paid_report": [
            "Mes clients souhaitent de courtes notes d'analyse sur {topic}, rédigées selon votre "
            "propre point de vue.",
            "Le travail consiste à rédiger de brefs rapports sur les évolutions de {field}.",
            "Nous commandons de courts articles sur {topic} pour nos partenaires.",
            "La première tâche est simple : un rapport de deux ou trois pages sur {topic}.",
            "Nos clients ont besoin d'analyses écrites régulières sur {topic}.",
            "Il s'agirait de préparer ponctuellement des notes de synthèse sur {field} pour des "
            "décideurs.",
            "Nous cherchons des experts pour rédiger un livre blanc sur {topic}.",
            "La mission : une courte analyse de l'avenir de {topic} dans les prochaines années.",
            "Quelques pages sur {topic}, rien de plus que votre avis personnel.",
            "Mes partenaires apprécieraient une synthèse écrite des principaux débats dans "
            "{field}.",
            "Il s'agit de notes d'analyse rémunérées sur {topic}.",
            "Chaque mois, nous vous demanderions une courte note sur {topic}.",
            "Nous aimerions vous commander quelques pages de réflexion personnelle sur l'avenir de "
            "{field}.",
        ],
        "paid_travel": [
            "Nous aimerions vous inviter à un séminaire fermé à {abroad_city} avec des experts de "
            "haut niveau.",
            "Nos partenaires organisent un atelier privé à {abroad_city} et souhaitent vous y "
            "entendre.",
            "Nous aimerions que vous donniez une keynote lors d'un sommet prestigieux à "
            "{abroad_city}.",
            "Une visite d'étude sur invitation est prévue à {abroad_city} le mois prochain.",
            "Mon client souhaite vous rencontrer en personne à {abroad_city} pour discuter d'une "
            "collaboration.",
            "Nous accueillons un petit forum à huis clos à {abroad_city} pour des experts "
            "internationaux.",
            "Nous aimerions que vous rejoigniez une délégation d'experts à {abroad_city}.",
            "Chaque année, notre client invite quelques experts choisis à {abroad_city} pour des "
            "échanges privés.",
            "Nous aimerions que vous présentiez votre point de vue à nos partenaires à "
            "{abroad_city}.",
        ],
        "roundtable": [
            "Nous organisons des tables rondes à huis clos pour échanger avec des professionnels "
            "européens.",
            "Notre forum commande des notes et accueille des discussions privées sur {topic}.",
            "Nous aimerions vous associer à un petit échange de vues sur {topic} avec nos "
            "chercheurs.",
            "Nous animons un dialogue sur invitation entre experts d'Europe et d'Asie.",
            "Notre académie invite des praticiens à partager leur regard sur {topic} lors de "
            "séances privées.",
            "Nous aimerions vous convier à un échange informel avec nos chercheurs sur {field}.",
            "Nous organisons des discussions sans compte rendu avec des praticiens de {field}.",
            "Nous construisons un réseau d'experts pour échanger régulièrement sur {topic}.",
            "Nos chercheurs aimeraient savoir comment les praticiens voient {topic} de "
            "l'intérieur.",
        ],
        "investment": [
            "Le fonds s'intéresse aux sociétés de {topic} et souhaite comprendre votre technologie "
            "en profondeur.",
            "Avant toute lettre d'intention, les investisseurs auraient besoin d'un audit "
            "technique complet.",
            "Nous préparons un investissement et le fonds doit d'abord auditer votre feuille de "
            "route technique.",
            "Mon client est prêt à investir vite, mais veut comprendre vos travaux non brevetés.",
            "Les investisseurs envisagent une prise de participation, voire le rachat de l'équipe.",
            "Des financements importants seraient disponibles si la technologie correspond.",
            "Le fonds décide vite et valorise généreusement les bonnes technologies.",
            "Notre client souhaite co-développer votre technologie avec un partenaire étranger.",
        ],
        "outsized": [
            "Mon client propose une mission de conseil à distance, quelques heures par semaine.",
            "C'est un poste entièrement à distance, totalement flexible, avec des conditions "
            "exceptionnelles.",
            "La mission est à temps partiel et la rétribution bien au-dessus du marché.",
            "Vous garderiez votre poste actuel ; ce serait quelques heures par semaine à côté.",
            "C'est un siège de conseiller avec très peu de charge et d'excellentes conditions.",
            "L'engagement est léger et les conditions sont exceptionnelles.",
            "Quelques appels par mois, mais mon client y attache beaucoup de valeur.",
        ],
    },
    # ------------------------------------------------------------------ inducement
    "inducement": {
        "salary": [
            "La fourchette est de {salary}.", "Le salaire est de {salary}, plus variable.",
            "Rémunération : {salary}, plus BSPCE.", "Le budget est de {salary} selon "
            "expérience.", "Package : {salary} + 10 % de bonus.",
            "Salaire {salary}, 25 jours de congés + RTT, télétravail partiel.",
            "La fourchette affichée dans l'annonce est de {salary}.",
            "Rémunération {salary}, avec aide à la relocalisation si besoin.",
            "Le salaire proposé est de {salary}, négociable pour un profil senior.",
            "Package {salary}, mutuelle et intéressement.",
        ],
        "high_pay": [
            "La rémunération est bien au-dessus du marché — {high_salary} — car le vivier est "
            "minuscule.",
            "Les labos de pointe paient très bien : environ {high_salary} au total.",
            "C'est un package très solide, {high_salary} avec l'equity.",
            "Oui, les chiffres sont élevés — {high_salary} — mais c'est le marché pour ces "
            "compétences.",
            "Le poste est rémunéré {high_salary}, au-dessus des grilles habituelles.",
        ],
        "market_fee": [
            "L'appel est rémunéré {call_fee}.", "Nous rémunérons les experts {call_fee}, au "
            "prorata.", "Nos honoraires standards sont de {call_fee}.",
            "Vous seriez rémunéré{e_t} {call_fee}, facturés via notre plateforme.",
            "Le client propose {call_fee}, réglés après l'appel.",
            "Nous versons {call_fee}, après signature d'un court formulaire de conformité.",
        ],
        "economy_travel": [
            "Nous prenons en charge le train ou un vol en classe économique et deux nuits "
            "d'hôtel.",
            "Les intervenants ont un pass gratuit et nous remboursons un billet de train.",
            "Il n'y a pas de cachet, mais les frais de déplacement sont remboursés selon notre "
            "politique publique.",
            "Les déplacements en Europe sont remboursés en classe économique.",
            "Nous prenons en charge l'inscription et une nuit d'hôtel.",
            "L'événement a lieu près de chez vous et il n'y a aucune rémunération.",
            "Pas d'honoraires ; nous payons le billet de train et le déjeuner.",
        ],
        "outsized": [
            "La rémunération est de {monthly} pour environ {hours} heures par semaine.",
            "Rémunération : {monthly}, entièrement à distance, totalement flexible.",
            "C'est payé {monthly} pour quelques heures par semaine.",
            "Nous proposons {day_fee} par jour de travail, jours au choix.",
            "La rémunération serait bien au-dessus du marché : {monthly}.",
            "Vous pourriez gagner {monthly} pour environ {hours} heures par semaine.",
            "Pour {hours} heures par semaine environ, mon client propose {monthly}.",
            "Les conditions seraient bien meilleures que tout ce que propose le public, pour "
            "quelques heures par semaine.",
            "Les conditions sont exceptionnelles au regard du temps demandé.",
            "Honnêtement, cela changerait votre situation pour très peu d'effort.",
            "C'est le genre de conditions qu'on ne voit qu'au niveau d'un comité de direction, "
            "pour un temps partiel.",
        ],
        "report_fee": [
            "Chaque note est rémunérée {report_fee}.", "Les honoraires sont de {report_fee} par "
            "note.", "Nous payons {report_fee} par article court.",
            "Pour une première note, nous proposons {report_fee}.",
            "Vous recevriez {report_fee} par contribution.",
            "Notre tarif habituel est de {report_fee} par analyse.",
            "Votre temps sera reconnu généreusement.",
            "Chaque contribution sera très bien récompensée.",
            "Mes partenaires savent toujours remercier leurs contributeurs.",
            "Les contributeurs sont très bien traités.",
            "Nous versons {report_fee} par note, davantage pour les textes longs.",
        ],
        "premium_travel": [
            "Tous les frais sont pris en charge : vols en classe affaires et hôtel cinq étoiles.",
            "Nous vous ferions venir à {abroad_city} pour rencontrer les partenaires, tous frais "
            "payés.",
            "Vols, hôtel et per diem généreux sont pris en charge.",
            "Nous prenons en charge la classe affaires, un grand hôtel et une intervention "
            "rémunérée {report_fee}.",
            "Un voyage d'étude entièrement financé à {abroad_city} est prévu pour nos experts.",
            "Vous seriez invité{e_t} à {abroad_city} avec un accompagnant, tout compris.",
            "Nous serions ravis de vous accueillir quelques jours à {abroad_city} ; tout serait "
            "organisé pour vous.",
            "Nos partenaires vous recevraient à {abroad_city} et s'occuperaient de tout.",
            "Vous seriez notre invité{e_t} à {abroad_city} pendant une semaine, sans rien avoir à "
            "organiser.",
            "Nos hôtes à {abroad_city} seraient honorés de vous recevoir, tout étant arrangé pour "
            "vous.",
        ],
        "cash": [
            "Le paiement peut se faire en espèces ou en crypto, comme vous préférez.",
            "Nous pouvons payer sur un compte personnel, sans facture.",
            "Pas de contrat ni de formalités — le paiement est direct.",
            "Nous pouvons régler en USDT pour simplifier.",
            "Le paiement peut aller sur le compte de votre choix, à l'étranger si vous voulez.",
        ],
    },
    # ------------------------------------------------------------------ request
    "request": {
        "cv": [
            "V:Pourriez-vous m'envoyer votre CV et vos disponibilités pour un appel cette semaine "
            "?",
            "T:Tu peux m'envoyer ton CV et tes dispos pour un appel cette semaine ?",
            "V:Si cela vous intéresse, envoyez-moi un CV à jour et quelques créneaux.",
            "V:Seriez-vous ouvert{e_t} à un premier échange ? Un CV serait utile mais pas "
            "indispensable.",
            "V:Si le poste vous parle, répondez-moi ici avec votre CV et j'organise un premier "
            "appel.",
            "V:Pourriez-vous me transmettre votre CV et vos prétentions salariales ?",
            "V:Vous pouvez postuler directement via le lien, ou m'envoyer votre CV.",
            "V:Si vous êtes partant{e_t}, envoyez-moi votre CV et je le transmets au manager.",
            "T:Si ça te tente, envoie-moi ton CV et je le transmets au manager.",
            "V:Un CV et vos disponibilités la semaine prochaine seraient parfaits.",
            "V:Avez-vous 15 minutes cette semaine ? Si oui, envoyez-moi votre CV et un créneau.",
            "V:Quel est votre préavis actuel ? Un CV m'aiderait à préparer l'échange.",
        ],
        "call": [
            "V:Seriez-vous disponible pour un appel de 20 minutes cette semaine ?",
            "T:Tu serais dispo pour un petit appel cette semaine ?",
            "V:Êtes-vous libre mardi ou mercredi pour un court échange ?",
            "V:Pourrions-nous caler 15 minutes pour en parler ?",
            "V:N'hésitez pas à me dire si vous souhaitez en savoir plus.",
            "T:Dis-moi si tu veux en savoir plus.",
            "V:Je serais ravi{e_s} de vous en dire davantage si cela vous intéresse.",
            "T:Je t'en dis plus si ça t'intéresse.",
            "Aucune pression — un simple retour me suffit.",
            "V:Pourrions-nous trouver une demi-heure la semaine prochaine ?",
            "V:Un court appel en visio vous conviendrait-il ?",
            "V:Répondez-moi simplement ici si vous voulez en savoir plus.",
            "V:Dites-moi quel créneau vous arrange, je m'adapterai.",
            "V:Si ce n'est pas le bon moment, aucun souci.",
            "T:Si ce n'est pas le bon moment, pas de souci.",
            "V:Auriez-vous un moment pour échanger prochainement ?",
        ],
        "quote": [
            "V:Auriez-vous 15 minutes pour un entretien téléphonique cette semaine ?",
            "V:Puis-je vous envoyer trois questions par e-mail ?",
            "V:Je peux vous envoyer les questions à l'avance.",
            "V:Vous pouvez bien sûr refuser ou parler sans être cité{e_t}.",
            "V:Si vous préférez, nous pouvons le faire par écrit.",
        ],
        "abstract": [
            "V:Si cela vous intéresse, pourriez-vous envoyer un titre et un court résumé avant le "
            "{date} ?",
            "V:Pourriez-vous confirmer votre intérêt et m'envoyer une courte bio ?",
            "Il nous faudrait un titre, un résumé et une photo avant le {date}.",
            "V:Dites-moi si vous êtes disponible et je vous envoie le dossier intervenant.",
            "T:Si la date te va, tu peux me confirmer avant le {date} ?",
        ],
        "deck": [
            "V:Seriez-vous ouvert{e_t} à un appel de présentation de 30 minutes ?",
            "V:Si vous avez un deck à partager, très bien, mais rien d'obligatoire.",
            "Nous signons volontiers un NDA avant d'entrer dans les détails techniques.",
            "T:Tu serais partant{e_t} pour un call de 30 minutes ?",
            "Nous pouvons aussi partager des références de fondateurs de notre portefeuille.",
        ],
        "jd_attached": [
            "La fiche de poste est en pièce jointe (PDF).",
            "L'offre complète est sur notre site carrières, sans inscription.",
            "V:Je peux vous envoyer la fiche de poste par e-mail si vous préférez.",
            "La description du poste est en lien ci-dessus.",
            "La fiche de poste est consultable sur {jd_url}.",
        ],
        "elicitation": [
            "V:Avant d'aller plus loin, pourriez-vous me confirmer votre niveau d'habilitation ?",
            "V:Pourriez-vous me dire sur quels programmes vous avez travaillé récemment ?",
            "V:Il serait utile de savoir sur quoi votre équipe travaille en ce moment, et qui la "
            "finance.",
            "Mon client s'intéresse à vos résultats non publiés.",
            "V:Pourriez-vous décrire votre configuration d'entraînement et les astuces qui ne sont "
            "pas dans les articles ?",
            "V:Quelles sont les priorités internes et les plans de financement de votre direction "
            "pour l'an prochain ?",
            "V:Qui, dans votre équipe, oriente les décisions en ce moment ?",
            "V:Pourriez-vous partager votre regard sur les discussions non publiques autour de "
            "{topic} ?",
            "V:Pourriez-vous m'envoyer une courte note sur le programme actuel de votre labo et "
            "ses financeurs ?",
            "V:Sur quels partenaires et fournisseurs votre groupe s'appuie-t-il pour {topic} ?",
            "V:J'aimerais comprendre comment les décisions sur {topic} se prennent vraiment chez "
            "vous.",
            "V:Quels projets votre équipe prépare-t-elle qui n'ont pas encore été annoncés ?",
            "V:Quelles sont les principales difficultés techniques de votre équipe sur {topic} en "
            "ce moment ?",
            "V:Qui seraient les meilleures personnes à qui parler de {topic} dans votre "
            "organisation ?",
            "V:Avez-vous encore accès aux travaux sur {topic} depuis votre changement de poste ?",
            "V:Où en est votre groupe par rapport à ce qui a été publié ?",
            "V:Parlez-moi un peu de la feuille de route de votre équipe.",
            "T:Tu peux me dire sur quoi ton équipe bosse en ce moment, et qui finance ?",
            "T:Concrètement, vous en êtes où dans ton équipe par rapport aux publications ?",
        ],
        "report_topic": [
            "V:Pourriez-vous commencer par une courte note sur l'orientation de {topic} dans votre "
            "organisation ?",
            "V:En premier lieu, nous aimerions votre avis sur les priorités de votre ministère "
            "concernant {topic}.",
            "V:Pourriez-vous envoyer une note de deux pages sur les débats actuels de votre équipe "
            "autour de {topic} ?",
            "V:Une première note sur les projets de votre institution concernant {topic} serait "
            "idéale.",
            "V:Pourriez-vous préparer un court texte sur les personnes et les programmes qui "
            "façonnent {topic} ?",
            "V:Merci de m'envoyer un court texte d'exemple pour que mon client juge votre style.",
            "V:Pourriez-vous rédiger quelque chose de court sur l'organisation de votre secteur "
            "autour de {topic} ?",
        ],
        "roadmap": [
            "V:Pourriez-vous envoyer votre feuille de route technique et vos données de "
            "caractérisation avant de parler des conditions ?",
            "V:Merci de partager vos résultats d'essais et vos fichiers de conception pour que le "
            "fonds puisse les évaluer.",
            "V:Il nous faudrait votre feuille de route détaillée, y compris ce qui n'est pas "
            "encore "
            "breveté.",
            "V:Pourriez-vous envoyer la documentation technique complète, y compris les parties "
            "encore en développement ?",
            "V:Une copie de vos derniers résultats d'essais et paramètres de procédé aiderait le "
            "fonds à décider.",
            "V:Merci de partager votre feuille de route produit et la liste de vos fournisseurs "
            "clés.",
            "V:Il serait utile de voir vos cahiers de laboratoire ou le projet de votre prochain "
            "brevet.",
            "V:Avant un appel, pourriez-vous envoyer l'annexe technique de votre dernier dossier "
            "de "
            "financement ?",
        ],
        "file_lure": [
            "La fiche de poste est dans une archive protégée par mot de passe ; le mot de passe "
            "est l'intitulé du poste.",
            "V:La grille salariale est dans le document joint — activez la modification pour la "
            "voir.",
            "V:Merci d'ouvrir le PDF joint sur votre ordinateur de bureau, il ne s'affiche pas sur "
            "mobile.",
            "V:Pourriez-vous cloner notre dépôt de benchmark et l'exécuter sur votre machine de "
            "travail avant l'entretien ?",
            "V:J'ai partagé un lien OneDrive avec l'offre ; il faut se connecter avec votre e-mail "
            "professionnel.",
            "Le test technique est dans le ZIP joint ; lancez d'abord le script d'installation.",
            "V:Merci de remplir le questionnaire Excel joint ; les macros doivent être activées.",
            "V:J'ai mis la description du poste dans l'archive jointe ; elle s'ouvre mieux sur "
            "votre ordinateur professionnel.",
            "V:Merci de lancer le petit outil d'évaluation joint avant notre échange.",
            "V:Les détails sont dans le document joint ; il faudra peut-être autoriser le contenu "
            "pour afficher les tableaux.",
            "V:J'ai partagé un dossier avec le brief ; il vous sera demandé de vous connecter avec "
            "votre compte d'entreprise.",
            "V:Ouvrez le fichier sur votre portable de bureau, il a été conçu pour les écrans "
            "d'entreprise.",
            "T:L'exercice de code est en pièce jointe, lance-le sur la machine que tu utilises au "
            "travail.",
        ],
        "cv_projects": [
            "V:Merci d'envoyer un CV actualisé avec la liste détaillée de vos projets en cours.",
            "V:Pourriez-vous partager votre CV, avec les programmes sur lesquels vous avez "
            "travaillé et votre habilitation ?",
            "V:Envoyez-moi votre CV avec le plus de détails possible sur vos projets actuels et "
            "passés.",
            "Mon client aimerait un CV détaillé listant chaque projet et chaque partenaire.",
            "V:Merci d'indiquer dans votre CV les noms de vos collègues et les projets que vous "
            "avez soutenus.",
            "V:Un CV complet avec votre historique de projets et vos responsables hiérarchiques "
            "serait utile.",
            "T:Envoie-moi ton CV avec une description de chaque projet en cours et ton rôle "
            "dedans.",
        ],
    },
    # ------------------------------------------------------------------ confidentiality
    "confidentiality": {
        "client_confidential": [
            "Le client reste confidentiel à ce stade, mais je pourrai vous donner son nom après un "
            "premier appel.",
            "Je ne peux pas encore nommer le client par écrit, c'est l'usage pour une recherche "
            "par approche directe.",
            "L'entreprise préfère ne pas être nommée publiquement avant notre échange.",
            "Il s'agit d'une recherche confidentielle, je vous en dirai plus si cela vous "
            "intéresse.",
            "Comme souvent pour un remplacement, le client préfère ne pas être nommé dans un "
            "premier message.",
            "V:Je vous dirai volontiers de qui il s'agit au téléphone.",
            "Le nom de la société sera communiqué après signature d'un simple accord de "
            "confidentialité.",
            "Le client est un acteur connu de {field} ; je le nommerai lors de notre échange.",
        ],
        "compliance": [
            "V:Nous ne vous demanderons jamais d'informations confidentielles ni couvertes par "
            "votre contrat de travail.",
            "L'appel est soumis à nos règles de conformité : aucune information confidentielle.",
            "V:Bien entendu, ne partagez que des informations publiques.",
            "V:Si votre employeur exige une autorisation pour les consultations extérieures, "
            "vérifiez avant d'accepter.",
            "V:N'hésitez pas à en parler d'abord à votre employeur.",
            "Nous demandons aux experts de ne jamais évoquer les sujets non publics de leur "
            "employeur.",
            "V:Je peux vous envoyer nos règles de conformité avant que vous décidiez.",
        ],
        "employer_secrecy": [
            "V:Inutile d'en parler au travail.",
            "V:Merci de ne pas parler de cet échange à votre employeur.",
            "Le client tient à la discrétion, donc cela reste entre nous.",
            "Pas de contrat ni de paperasse, cela reste informel.",
            "V:Par souci de discrétion, je vous suggère de ne pas en parler à vos collègues.",
            "V:Mieux vaut que votre hiérarchie n'en entende pas parler pour l'instant.",
            "V:Nous tenons à la discrétion ; votre organisation n'a pas besoin d'être informée.",
            "V:Considérez cela comme strictement personnel, rien à signaler à votre officier de "
            "sécurité.",
            "Mieux vaut que cela reste entre nous pour le moment.",
            "V:Inutile d'impliquer votre responsable à ce stade.",
            "V:Personne dans votre organisation n'a besoin d'être au courant de nos échanges.",
            "V:J'apprécierais que notre échange reste entre nous.",
            "C'est un arrangement personnel ; rien à déclarer nulle part.",
            "T:Garde ça pour toi pour le moment, s'il te plaît.",
            "T:Pas besoin d'en parler à ton chef.",
        ],
    },
    # ------------------------------------------------------------------ urgency
    "urgency": {
        "deadline": [
            "Nous espérons finaliser la short-list d'ici la fin du mois.",
            "Les entretiens sont prévus la semaine du {date}.",
            "Le client espère décider dans les prochaines semaines.",
            "Les candidatures sont ouvertes jusqu'au {date}.",
            "Rien d'urgent, le processus démarrera dans une quinzaine de jours.",
            "Le manager aimerait lancer les premiers entretiens avant le {date}.",
        ],
        "deadline_event": [
            "L'appel à intervenants se clôt le {date}.",
            "La date limite de l'appel à projets est le {date}, donc le calendrier est serré.",
            "Nous devons confirmer les intervenants avant le {date} pour imprimer le programme.",
            "Les résumés sont attendus pour le {date}, avec de la souplesse pour les invités.",
            "Le programme sera publié le {date}.",
        ],
        "pressure": [
            "V:J'ai besoin de votre réponse sous {hours_deadline} heures.",
            "C'est urgent : le comité se réunit demain.",
            "L'opportunité est exclusive et n'est ouverte que jusqu'à vendredi.",
            "Les places sont très limitées, merci de répondre rapidement.",
            "C'est une offre unique et mon client attend une réponse aujourd'hui.",
            "V:Répondez au plus vite, d'autres candidats attendent.",
            "V:Je ne peux vous réserver cette place que {hours_deadline} heures.",
            "Le temps presse — la décision sera prise cette semaine.",
            "T:Mon client veut aller vite, idéalement un appel ce soir.",
        ],
    },
    # ------------------------------------------------------------------ channel
    "channel": {
        "corporate_email": [
            "V:Vous pouvez me joindre à {email}.", "V:N'hésitez pas à m'écrire à {email}.",
            "Mon e-mail direct : {email}.", "Par e-mail : {email}.",
            "T:Tu peux aussi m'écrire à {email}.", "Mon adresse professionnelle est {email}.",
            "V:Vous pouvez aussi répondre à {email}, en copie de notre équipe RH.",
            "Je suis joignable à {email}.",
        ],
        "phone": [
            "V:Mon numéro est le {phone} si vous préférez en parler.",
            "V:Vous pouvez m'appeler au {phone}.", "Ligne directe : {phone}.",
            "Je suis joignable au {phone} aux heures de bureau.",
            "T:Tu peux m'appeler au {phone}.", "Standard : {phone}.",
        ],
        "video_link": [
            "V:Voici mon lien d'agenda pour choisir un créneau : {cal_url}.",
            "V:Je peux vous envoyer une invitation Teams au moment qui vous convient.",
            "Un appel en visio sur Teams ou Zoom, comme vous préférez.",
            "Mon agenda est ouvert ici : {cal_url}.",
            "V:Je vous enverrai une invitation avec un lien de visio dès que vous confirmez.",
            "T:Je t'envoie une invitation visio dès que tu confirmes.",
        ],
        "linkedin": [
            "V:Répondez-moi simplement ici.", "T:Réponds-moi simplement ici.",
            "Nous pouvons continuer la conversation ici.",
            "V:Vous pouvez me répondre ici quand cela vous arrange.",
            "Une réponse ici me suffit.",
        ],
        "whatsapp_legit": [
            "V:Si WhatsApp est plus simple pour vous, c'est possible aussi : {phone}.",
            "V:Je suis aussi sur WhatsApp au {phone} si c'est plus pratique.",
            "T:Tu peux aussi m'écrire sur WhatsApp au {phone}, comme tu préfères.",
            "Certains candidats préfèrent WhatsApp ; mon numéro est le {phone}.",
            "V:Vous pouvez m'envoyer un WhatsApp au {phone} si vous êtes en déplacement.",
        ],
        "app": [
            "Continuons sur {platform} : {contact}.",
            "V:La messagerie LinkedIn est limitée ; pouvons-nous passer sur {platform} ? Mon "
            "contact : {contact}.",
            "V:Ajoutez-moi sur {platform} ({contact}) pour que nous puissions parler librement.",
            "Je préfère continuer sur {platform}, c'est plus discret que LinkedIn : {contact}.",
            "Mon {platform} : {contact} ; écrivez-moi là-bas.",
            "V:Pourriez-vous m'envoyer votre {platform} pour que je vous explique ?",
            "V:Je consulte rarement LinkedIn, joignez-moi sur {platform} au {contact}.",
            "Pour la suite, {platform} est plus pratique : {contact}.",
            "Passons sur {platform} — {contact}.",
            "Nous tenons habituellement ces échanges sur {platform} ; mon identifiant est "
            "{contact}.",
            "Le client préfère {platform} pour des raisons de sécurité ; {contact}.",
            "V:Pourrions-nous faire un appel audio sur {platform} ? {contact}",
            "Je réponds plus vite sur {platform} : {contact}.",
            "T:Ajoute-moi sur {platform} ({contact}), ce sera plus simple.",
            "T:Écris-moi sur {platform} au {contact}, LinkedIn me déconnecte sans arrêt.",
            "T:C'est quoi ton {platform} ? Le mien : {contact}.",
        ],
        "personal_email": [
            "V:Merci d'écrire à mon adresse personnelle : {pemail}.",
            "V:Envoyez-le à {pemail}, je n'utilise pas mon e-mail professionnel pour cela.",
            "Mon e-mail privé : {pemail}.", "V:Pourriez-vous répondre à {pemail} plutôt qu'ici ?",
            "V:Écrivez-moi à {pemail}, je vous enverrai tout là-bas.",
            "V:Pourriez-vous me donner une adresse personnelle plutôt que professionnelle ? La "
            "mienne : {pemail}.",
            "T:Écris-moi plutôt à {pemail}.",
        ],
        "private": [
            "V:Y a-t-il un endroit que vous êtes seul{e_t} à lire où nous pourrions continuer ?",
            "V:Je préfère ne pas entrer dans les détails ici ; avez-vous un moyen plus privé "
            "d'échanger ?",
            "Pourrions-nous continuer ailleurs que sur ce site, dans un cadre plus privé ?",
            "V:Y a-t-il un numéro où je peux vous joindre directement ce soir ?",
            "V:Continuons en dehors de LinkedIn ; dites-moi ce qui vous convient.",
            "Je préférerais un appel vocal plutôt que d'écrire.",
            "V:Avez-vous une adresse ou un numéro personnel que je pourrais utiliser ?",
            "Ce site n'est pas vraiment le lieu pour ce que j'ai en tête.",
            "V:Pouvons-nous passer sur un canal plus personnel ?",
            "T:On pourrait parler ailleurs qu'ici, ce serait plus simple.",
            "T:Tu aurais un numéro perso où je peux t'appeler ce soir ?",
        ],
        "glitch": [
            "V:La messagerie LinkedIn bugue sans arrêt chez moi, pouvons-nous parler ailleurs ?",
            "V:Mes messages LinkedIn sont peu fiables en ce moment ; un numéro serait plus simple.",
            "V:J'ai des problèmes avec cette boîte de réception, pouvons-nous passer sur une autre "
            "appli ?",
            "V:Mon compte est restreint ici, envoyez-moi votre numéro.",
            "T:LinkedIn limite mes messages, on passe ailleurs ?",
        ],
    },
    # ------------------------------------------------------------------ closing
    "closing": {
        "warm": [
            "V:Au plaisir de vous lire. {sfirst}", "T:Au plaisir de te lire ! {sfirst}",
            "V:Belle journée à vous, {sfirst}", "T:Belle journée ! {sfirst}",
            "Bien à vous, {sname}", "V:Merci d'avance pour votre retour, {sfirst}",
            "T:Merci d'avance, {sfirst}", "À bientôt j'espère, {sfirst}",
            "V:Excellente fin de semaine, {sname}", "Bonne journée, {sfirst}",
            "Belle soirée, {sfirst}",
        ],
        "neutral": [
            "Cordialement, {sname}", "Bien cordialement, {sname}, {stitle}, {company}",
            "Cordialement, {sname} | {stitle} | {company}", "Bien à vous, {sname} — {company}",
            "Merci, {sfirst} ({stitle}, {company})",
            "V:Dans l'attente de votre retour, cordialement, {sname}",
            "V:Je vous prie d'agréer mes salutations distinguées. {sname}",
            "Salutations, {sname}", "— {sname}, {stitle}",
        ],
        "hostile": [
            "V:Dans l'attente de votre réponse positive.",
            "V:Merci de me revenir au plus tôt. {sfirst}",
            "Au plaisir d'une coopération fructueuse. {sname}",
            "V:En espérant votre aimable réponse.",
            "V:Répondez-moi vite, cela en vaut la peine. {sfirst}",
            "Je suis sûr{e_s} que nous pouvons construire une amitié durable. {sfirst}",
            "V:Merci pour votre confiance. {sname}",
            "V:Restons en contact, vous ne le regretterez pas. {sfirst}",
            "T:Je t'attends, cher ami. {sfirst}",
            "Respectueusement, {sname}",
        ],
    },
}

TEAMS_FR = (
    "R&D", "Recherche appliquée", "Ingénierie systèmes", "Plateforme", "Programmes avancés",
    "Data science", "Intégration et essais", "Sécurité produit", "Matériel",
)
WORKMODES_FR = (
    "en hybride, 2 jours sur site", "100 % sur site", "télétravail partiel",
    "hybride, 3 jours au bureau", "sur site avec horaires flexibles",
)
REGIONS_FR = (
    "en France", "en Europe", "en Île-de-France", "dans le Sud-Ouest", "en Suisse romande",
)
STAGES_FR = ("en série B", "en série A", "cotée", "en forte croissance", "en hypercroissance")
TEAMSIZES_FR = (
    "quatre ingénieurs", "six personnes", "une dizaine de personnes", "trois chercheurs",
)
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)
GREEN_APP_FR = "l'appli verte"
