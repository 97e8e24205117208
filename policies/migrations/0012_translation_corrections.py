"""Corrections from a native-reader review of the seeded translations.

Each correction is (English, seeded translation, corrected translation) for one
language; policies/content_translations/<language>.json now holds the corrected
text, so a fresh database loads it directly (migration 0007) and nothing changes
here. On an existing database a translation is corrected only where it still
holds the seeded text, never over an editor's; each changed object leaves a
revision in History (policies.corrections.correct_translation).

What changed, by language: German and Dutch say "switch off" or "object"
instead of "opt out", and Polish "switch off the setting" instead of
"resign"; the objection letter opens as a letter to a company does (Sehr
geehrte Damen und Herren, Madame, Monsieur, Estimados señores, Gentili signori,
Geachte heer, mevrouw, Szanowni Państwo, 敬啟者); the legal basis, shown after a
colon, starts in lower case; Spanish and Italian quote with «», Dutch with “”;
Polish dates end in "r."; French and Italian "began training" reads "began
training its AI"; Traditional Chinese says 正當利益 for legitimate interest, 螢幕
for screen, and "點選進入" (open it) where it read as "turn it on".
"""

from django.db import migrations

from policies.corrections import correct_translation

COMMENT = "Correction: translations from a native-reader review"
TRANSLATED = {
    "policy": ("title", "headline", "summary", "toggle_label"),
    "region": ("name", "legal_basis", "notes", "objection_text"),
    "fact": ("text", "detail"),
    "frequentquestion": ("question", "answer"),
    "timelineevent": ("title", "body"),
    "datacategory": ("name", "includes"),
    "exclusion": ("name", "detail"),
    "instructions": ("note",),
    "step": ("text", "detail"),
    "relatedsetting": ("name", "summary"),
    "relatedsettingstep": ("text", "detail"),
}

CORRECTIONS = {
    "fr": [
        (
            "Legitimate interest",
            "Intérêt légitime",
            "intérêt légitime",
        ),
        (
            "Hello,\n\nI object to LinkedIn using my personal data to train generative AI models, and to its use of my data for other AI and machine-learning purposes. LinkedIn says it relies on legitimate interest for this, and data protection law gives me the right to object to processing on that basis.\n\nPlease stop using my data for these purposes and confirm to me in writing that you have done so.\n\nThank you.",
            "Bonjour,\n\nJe m’oppose à l’utilisation de mes données personnelles par LinkedIn pour entraîner des modèles d’IA générative, ainsi qu’à l’utilisation de mes données à d’autres fins d’IA et d’apprentissage automatique. LinkedIn indique se fonder pour cela sur l’intérêt légitime, et la législation sur la protection des données me donne un droit d’opposition au traitement fondé sur cette base.\n\nJe vous demande de cesser d’utiliser mes données à ces fins et de me confirmer par écrit que c’est chose faite.\n\nJe vous remercie.",
            "Madame, Monsieur,\n\nJe m’oppose à l’utilisation de mes données personnelles par LinkedIn pour entraîner des modèles d’IA générative, ainsi qu’à l’utilisation de mes données à d’autres fins d’IA et d’apprentissage automatique. LinkedIn indique se fonder pour cela sur l’intérêt légitime, et la législation sur la protection des données me donne un droit d’opposition au traitement fondé sur cette base.\n\nJe vous demande de cesser d’utiliser mes données à ces fins et de me confirmer par écrit que c’est chose faite.\n\nJe vous remercie.",
        ),
        (
            "LinkedIn paused training on UK members' data on 20 September 2024, after the UK data protection regulator, the Information Commissioner's Office (ICO), raised concerns. On 23 September 2025 the ICO said LinkedIn would resume, with simpler opt-out settings and a longer window to object. Training on UK members' data began on 3 November 2025. UK only: LinkedIn's privacy notice also lists sharing your data with Microsoft so that Microsoft can train its own AI. The same \"Data for Generative AI Improvement\" setting controls this.",
            "LinkedIn a suspendu l’entraînement sur les données des membres britanniques le 20 septembre 2024, après que l’autorité britannique de protection des données, l’Information Commissioner's Office (ICO), a exprimé des inquiétudes. Le 23 septembre 2025, l’ICO a indiqué que LinkedIn allait reprendre, avec des paramètres de refus plus simples et un délai plus long pour s’opposer. L’entraînement sur les données des membres britanniques a commencé le 3 novembre 2025. Au Royaume-Uni uniquement : l’avis de confidentialité de LinkedIn mentionne aussi le partage de vos données avec Microsoft, pour que Microsoft puisse entraîner sa propre IA. C’est le même paramètre « Data for Generative AI Improvement » qui contrôle ce partage.",
            "LinkedIn a suspendu l’entraînement sur les données des membres britanniques le 20 septembre 2024, après que l’autorité britannique de protection des données, l’Information Commissioner's Office (ICO), a exprimé des inquiétudes. Le 23 septembre 2025, l’ICO a indiqué que LinkedIn allait reprendre l’entraînement, avec des options de refus plus simples et un délai plus long pour s’opposer. L’entraînement sur les données des membres britanniques a commencé le 3 novembre 2025. Au Royaume-Uni uniquement : l’avis de confidentialité de LinkedIn mentionne aussi le partage de vos données avec Microsoft, pour que Microsoft puisse entraîner sa propre IA. C’est le même paramètre « Data for Generative AI Improvement » qui contrôle ce partage.",
        ),
        (
            "LinkedIn says it does not use data from members under 18, and that it also leaves out members it believes are in secondary school. When you turn 18, check the setting.",
            "LinkedIn indique ne pas utiliser les données des membres de moins de 18 ans, et exclure aussi les membres qu’il pense scolarisés dans l’enseignement secondaire. Quand vous aurez 18 ans, vérifiez le paramètre.",
            "LinkedIn indique ne pas utiliser les données des membres de moins de 18 ans, et exclure aussi les membres qu’il estime scolarisés dans l’enseignement secondaire. Quand vous aurez 18 ans, vérifiez le paramètre.",
        ),
        (
            "LinkedIn announced that from 3 November 2025 it would train AI on data from members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, unless they opt out. At the time, a LinkedIn help page said that data from members in the EEA, Switzerland and the UK would not be made available to affiliates such as Microsoft for training AI models \"without further notice\". LinkedIn's later privacy notice does list, for the UK, sharing data with Microsoft so that Microsoft can train its own AI.",
            "LinkedIn a annoncé qu’à partir du 3 novembre 2025, il entraînerait l’IA avec les données des membres de l’UE, d’Islande, du Liechtenstein, de Norvège, de Suisse, du Royaume-Uni, du Canada et de Hong Kong, sauf s’ils refusent. À ce moment-là, une page d’aide de LinkedIn indiquait que les données des membres de l’EEE, de Suisse et du Royaume-Uni ne seraient pas mises à la disposition de sociétés affiliées comme Microsoft pour entraîner des modèles d’IA « sans autre préavis ». L’avis de confidentialité publié ensuite par LinkedIn mentionne pourtant, pour le Royaume-Uni, le partage de données avec Microsoft pour que Microsoft puisse entraîner sa propre IA.",
            "LinkedIn a annoncé qu’à partir du 3 novembre 2025, il entraînerait son IA avec les données des membres de l’UE, d’Islande, du Liechtenstein, de Norvège, de Suisse, du Royaume-Uni, du Canada et de Hong Kong, sauf s’ils refusent. À ce moment-là, une page d’aide de LinkedIn indiquait que les données des membres de l’EEE, de Suisse et du Royaume-Uni ne seraient pas mises à la disposition de sociétés affiliées comme Microsoft pour entraîner des modèles d’IA « sans autre préavis ». L’avis de confidentialité publié ensuite par LinkedIn mentionne pourtant, pour le Royaume-Uni, le partage de données avec Microsoft pour que Microsoft puisse entraîner sa propre IA.",
        ),
        (
            "The ICO said LinkedIn would resume training its AI on UK members' data, with simpler opt-out settings and a longer window for members to object.",
            "L’ICO a indiqué que LinkedIn allait reprendre l’entraînement de son IA sur les données des membres britanniques, avec des paramètres de refus plus simples et un délai plus long pour que les membres puissent s’opposer.",
            "L’ICO a indiqué que LinkedIn allait reprendre l’entraînement de son IA sur les données des membres britanniques, avec des options de refus plus simples et un délai plus long pour que les membres puissent s’opposer.",
        ),
        (
            "LinkedIn started training AI on data from members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, relying on legitimate interest. The same day, LinkedIn began sharing data with Microsoft for personalised ads in the US and most other countries (not the EU, Iceland, Liechtenstein, Norway, Switzerland or the UK). A separate setting controls the ads sharing.",
            "LinkedIn a commencé à entraîner l’IA avec les données des membres de l’UE, d’Islande, du Liechtenstein, de Norvège, de Suisse, du Royaume-Uni, du Canada et de Hong Kong, en s’appuyant sur l’intérêt légitime. Le même jour, LinkedIn a commencé à partager des données avec Microsoft pour des publicités personnalisées aux États-Unis et dans la plupart des autres pays (pas dans l’UE, en Islande, au Liechtenstein, en Norvège, en Suisse ni au Royaume-Uni). Un paramètre distinct contrôle ce partage pour la publicité.",
            "LinkedIn a commencé à entraîner son IA avec les données des membres de l’UE, d’Islande, du Liechtenstein, de Norvège, de Suisse, du Royaume-Uni, du Canada et de Hong Kong, en s’appuyant sur l’intérêt légitime. Le même jour, LinkedIn a commencé à partager des données avec Microsoft pour des publicités personnalisées aux États-Unis et dans la plupart des autres pays (pas dans l’UE, en Islande, au Liechtenstein, en Norvège, en Suisse ni au Royaume-Uni). Un paramètre distinct contrôle ce partage pour la publicité.",
        ),
    ],
    "de": [
        (
            "LinkedIn uses some of its members' data, such as profile details and posts, to train AI that writes and suggests content. A setting allows this, and it is switched on unless you turn it off. In the United States and most other countries this began in September 2024. In the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong it began on 3 November 2025. Turning the setting off stops LinkedIn using your data from then on, but data already used stays in its AI models. This guide explains what data is used, what is left out, and how to switch the setting off on each device.",
            "LinkedIn verwendet einige Daten seiner Mitglieder, etwa Profilangaben und Beiträge, um KI zu trainieren, die Inhalte schreibt und vorschlägt. Eine Einstellung erlaubt das, und sie ist eingeschaltet, solange Sie sie nicht ausschalten. In den USA und den meisten anderen Ländern begann das im September 2024. In der EU, in Island, Liechtenstein, Norwegen, der Schweiz, im Vereinigten Königreich, in Kanada und Hongkong begann es am 3. November 2025. Wenn Sie die Einstellung ausschalten, verwendet LinkedIn Ihre Daten ab dann nicht mehr. Bereits verwendete Daten bleiben aber in seinen KI-Modellen. Dieser Ratgeber erklärt, welche Daten verwendet werden, was ausgenommen ist und wie Sie die Einstellung auf jedem Gerät ausschalten.",
            "LinkedIn verwendet einige Daten seiner Mitglieder, etwa Profilangaben und Beiträge, um KI zu trainieren, die Inhalte schreibt und vorschlägt. Eine Einstellung erlaubt das, und sie ist eingeschaltet, solange Sie sie nicht ausschalten. In den USA und den meisten anderen Ländern begann das im September 2024. In der EU, in Island, Liechtenstein, Norwegen, der Schweiz, im Vereinigten Königreich, in Kanada und Hongkong begann es am 3. November 2025. Wenn Sie die Einstellung ausschalten, verwendet LinkedIn Ihre Daten von da an nicht mehr. Bereits verwendete Daten bleiben aber in seinen KI-Modellen. Dieser Ratgeber erklärt, welche Daten verwendet werden, was ausgenommen ist und wie Sie die Einstellung auf jedem Gerät ausschalten.",
        ),
        (
            "Legitimate interest",
            "Berechtigtes Interesse",
            "berechtigtes Interesse",
        ),
        (
            "Hello,\n\nI object to LinkedIn using my personal data to train generative AI models, and to its use of my data for other AI and machine-learning purposes. LinkedIn says it relies on legitimate interest for this, and data protection law gives me the right to object to processing on that basis.\n\nPlease stop using my data for these purposes and confirm to me in writing that you have done so.\n\nThank you.",
            "Guten Tag,\n\nich widerspreche der Verwendung meiner personenbezogenen Daten durch LinkedIn für das Training generativer KI-Modelle sowie der Verwendung meiner Daten für andere Zwecke der KI und des maschinellen Lernens. LinkedIn gibt an, sich dafür auf ein berechtigtes Interesse zu stützen, und nach dem Datenschutzrecht habe ich ein Widerspruchsrecht gegen eine Verarbeitung auf dieser Grundlage.\n\nBitte verwenden Sie meine Daten nicht mehr für diese Zwecke und bestätigen Sie mir schriftlich, dass Sie dies umgesetzt haben.\n\nVielen Dank.",
            "Sehr geehrte Damen und Herren,\n\nich widerspreche der Verwendung meiner personenbezogenen Daten durch LinkedIn für das Training generativer KI-Modelle sowie der Verwendung meiner Daten für andere Zwecke der KI und des maschinellen Lernens. LinkedIn gibt an, sich dafür auf ein berechtigtes Interesse zu stützen, und nach dem Datenschutzrecht habe ich ein Widerspruchsrecht gegen eine Verarbeitung auf dieser Grundlage.\n\nBitte verwenden Sie meine Daten nicht mehr für diese Zwecke und bestätigen Sie mir schriftlich, dass Sie dies umgesetzt haben.\n\nVielen Dank.",
        ),
        (
            "LinkedIn paused training on UK members' data on 20 September 2024, after the UK data protection regulator, the Information Commissioner's Office (ICO), raised concerns. On 23 September 2025 the ICO said LinkedIn would resume, with simpler opt-out settings and a longer window to object. Training on UK members' data began on 3 November 2025. UK only: LinkedIn's privacy notice also lists sharing your data with Microsoft so that Microsoft can train its own AI. The same \"Data for Generative AI Improvement\" setting controls this.",
            "LinkedIn setzte das Training mit Daten von Mitgliedern im Vereinigten Königreich am 20. September 2024 aus, nachdem die britische Datenschutzbehörde, das Information Commissioner's Office (ICO), Bedenken geäußert hatte. Am 23. September 2025 teilte das ICO mit, dass LinkedIn das Training wieder aufnehmen werde, mit einfacheren Opt-out-Einstellungen und mehr Zeit für Widersprüche. Das Training mit Daten von Mitgliedern im Vereinigten Königreich begann am 3. November 2025. Nur im Vereinigten Königreich: Die Datenschutzerklärung von LinkedIn nennt außerdem die Weitergabe Ihrer Daten an Microsoft, damit Microsoft seine eigene KI trainieren kann. Das wird über dieselbe Einstellung „Data for Generative AI Improvement“ gesteuert.",
            "LinkedIn setzte das Training mit Daten von Mitgliedern im Vereinigten Königreich am 20. September 2024 aus, nachdem die britische Datenschutzbehörde, das Information Commissioner's Office (ICO), Bedenken geäußert hatte. Am 23. September 2025 teilte das ICO mit, dass LinkedIn das Training wieder aufnehmen werde, mit einfacheren Einstellungen zum Ausschalten und einer längeren Frist für Widersprüche. Das Training mit Daten von Mitgliedern im Vereinigten Königreich begann am 3. November 2025. Nur im Vereinigten Königreich: Die Datenschutzerklärung von LinkedIn nennt außerdem die Weitergabe Ihrer Daten an Microsoft, damit Microsoft seine eigene KI trainieren kann. Das wird über dieselbe Einstellung „Data for Generative AI Improvement“ gesteuert.",
        ),
        (
            "Opting out only works from then on: data already used for training stays in the models.",
            "Das Opt-out wirkt nur ab diesem Zeitpunkt: Daten, die bereits für das Training verwendet wurden, bleiben in den Modellen.",
            "Das Ausschalten wirkt nur für die Zukunft: Daten, die bereits für das Training verwendet wurden, bleiben in den Modellen.",
        ),
        (
            "You can still use LinkedIn's AI features after you opt out.",
            "Nach dem Opt-out können Sie die KI-Funktionen von LinkedIn weiterhin nutzen.",
            "Auch wenn Sie die Einstellung ausschalten, können Sie die KI-Funktionen von LinkedIn weiterhin nutzen.",
        ),
        (
            "Opting out only stops your data being used to train the models.",
            "Das Opt-out verhindert nur, dass Ihre Daten zum Trainieren der Modelle verwendet werden.",
            "Das Ausschalten verhindert nur, dass Ihre Daten zum Trainieren der Modelle verwendet werden.",
        ),
        (
            "You do not have to agree first: you have to opt out.",
            "Sie müssen nicht zuerst zustimmen: Sie müssen selbst das Opt-out wählen.",
            "Sie werden nicht zuerst um Zustimmung gefragt: Sie müssen selbst widersprechen, indem Sie die Einstellung ausschalten.",
        ),
        (
            "Can I still use LinkedIn's AI features after I opt out?",
            "Kann ich die KI-Funktionen von LinkedIn nach dem Opt-out weiter nutzen?",
            "Kann ich die KI-Funktionen von LinkedIn weiter nutzen, wenn ich die Einstellung ausschalte?",
        ),
        (
            "Yes. LinkedIn says members who opt out can still use its AI features.",
            "Ja. Laut LinkedIn können Mitglieder, die das Opt-out gewählt haben, die KI-Funktionen von LinkedIn weiter nutzen.",
            "Ja. Laut LinkedIn können Mitglieder, die die Einstellung ausgeschaltet haben, die KI-Funktionen von LinkedIn weiter nutzen.",
        ),
        (
            "LinkedIn announced that from 3 November 2025 it would train AI on data from members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, unless they opt out. At the time, a LinkedIn help page said that data from members in the EEA, Switzerland and the UK would not be made available to affiliates such as Microsoft for training AI models \"without further notice\". LinkedIn's later privacy notice does list, for the UK, sharing data with Microsoft so that Microsoft can train its own AI.",
            "LinkedIn kündigte an, ab dem 3. November 2025 KI mit Daten von Mitgliedern in der EU, in Island, Liechtenstein, Norwegen, der Schweiz, im Vereinigten Königreich, in Kanada und Hongkong zu trainieren, sofern sie kein Opt-out wählen. Damals hieß es auf einer Hilfeseite von LinkedIn, Daten von Mitgliedern im EWR, in der Schweiz und im Vereinigten Königreich würden verbundenen Unternehmen wie Microsoft nicht „ohne weitere Mitteilung“ für das Training von KI-Modellen zur Verfügung gestellt. Die spätere Datenschutzerklärung von LinkedIn nennt für das Vereinigte Königreich jedoch die Weitergabe von Daten an Microsoft, damit Microsoft seine eigene KI trainieren kann.",
            "LinkedIn kündigte an, ab dem 3. November 2025 KI mit Daten von Mitgliedern in der EU, in Island, Liechtenstein, Norwegen, der Schweiz, im Vereinigten Königreich, in Kanada und Hongkong zu trainieren, sofern sie nicht widersprechen. Damals hieß es auf einer Hilfeseite von LinkedIn, Daten von Mitgliedern im EWR, in der Schweiz und im Vereinigten Königreich würden verbundenen Unternehmen wie Microsoft nicht „ohne weitere Mitteilung“ für das Training von KI-Modellen zur Verfügung gestellt. Die spätere Datenschutzerklärung von LinkedIn nennt für das Vereinigte Königreich jedoch die Weitergabe von Daten an Microsoft, damit Microsoft seine eigene KI trainieren kann.",
        ),
        (
            "The ICO said LinkedIn would resume training its AI on UK members' data, with simpler opt-out settings and a longer window for members to object.",
            "Das ICO teilte mit, dass LinkedIn das Training seiner KI mit Daten von Mitgliedern im Vereinigten Königreich wieder aufnehmen werde, mit einfacheren Opt-out-Einstellungen und mehr Zeit für Mitglieder, um zu widersprechen.",
            "Das ICO teilte mit, dass LinkedIn das Training seiner KI mit Daten von Mitgliedern im Vereinigten Königreich wieder aufnehmen werde, mit einfacheren Einstellungen zum Ausschalten und mehr Zeit für Mitglieder, um zu widersprechen.",
        ),
        (
            "Jobs-related data",
            "Daten zu Jobs",
            "Jobbezogene Daten",
        ),
        (
            "One news report says the setting is switched off by default for some student profiles. It does not say which ones, so check your own setting.",
            "Laut einem Nachrichtenbericht ist die Einstellung bei einigen Profilen von Studierenden standardmäßig ausgeschaltet. Welche das sind, steht dort nicht. Prüfen Sie deshalb Ihre eigene Einstellung.",
            "Laut einem Pressebericht ist die Einstellung bei einigen Profilen von Studierenden standardmäßig ausgeschaltet. Welche das sind, steht dort nicht. Prüfen Sie deshalb Ihre eigene Einstellung.",
        ),
    ],
    "es": [
        (
            "Legitimate interest",
            "Interés legítimo",
            "interés legítimo",
        ),
        (
            "Hello,\n\nI object to LinkedIn using my personal data to train generative AI models, and to its use of my data for other AI and machine-learning purposes. LinkedIn says it relies on legitimate interest for this, and data protection law gives me the right to object to processing on that basis.\n\nPlease stop using my data for these purposes and confirm to me in writing that you have done so.\n\nThank you.",
            "Hola:\n\nMe opongo a que LinkedIn utilice mis datos personales para entrenar modelos de IA generativa, así como al uso de mis datos para otros fines de inteligencia artificial y aprendizaje automático. LinkedIn afirma que para ello se basa en el interés legítimo, y la normativa de protección de datos me reconoce el derecho de oposición al tratamiento basado en ese fundamento.\n\nLes ruego que dejen de utilizar mis datos para estos fines y que me confirmen por escrito que lo han hecho.\n\nGracias.",
            "Estimados señores:\n\nMe opongo a que LinkedIn utilice mis datos personales para entrenar modelos de IA generativa, así como al uso de mis datos para otros fines de inteligencia artificial y aprendizaje automático. LinkedIn afirma que para ello se basa en el interés legítimo, y la normativa de protección de datos me reconoce el derecho de oposición al tratamiento basado en ese fundamento.\n\nLes ruego que dejen de utilizar mis datos para estos fines y que me confirmen por escrito que lo han hecho.\n\nGracias.",
        ),
        (
            "LinkedIn paused training on UK members' data on 20 September 2024, after the UK data protection regulator, the Information Commissioner's Office (ICO), raised concerns. On 23 September 2025 the ICO said LinkedIn would resume, with simpler opt-out settings and a longer window to object. Training on UK members' data began on 3 November 2025. UK only: LinkedIn's privacy notice also lists sharing your data with Microsoft so that Microsoft can train its own AI. The same \"Data for Generative AI Improvement\" setting controls this.",
            "LinkedIn pausó el entrenamiento con datos de miembros del Reino Unido el 20 de septiembre de 2024, después de que la autoridad británica de protección de datos, la Information Commissioner's Office (ICO), expresara su preocupación. El 23 de septiembre de 2025, la ICO indicó que LinkedIn lo reanudaría, con ajustes de exclusión más sencillos y un plazo más largo para oponerse. El entrenamiento con datos de miembros del Reino Unido empezó el 3 de noviembre de 2025. Solo en el Reino Unido: el aviso de privacidad de LinkedIn también incluye compartir sus datos con Microsoft para que Microsoft pueda entrenar su propia IA. Esto lo controla el mismo ajuste, \"Data for Generative AI Improvement\".",
            "LinkedIn pausó el entrenamiento con datos de miembros del Reino Unido el 20 de septiembre de 2024, después de que la autoridad británica de protección de datos, la Information Commissioner's Office (ICO), expresara su preocupación. El 23 de septiembre de 2025, la ICO indicó que LinkedIn lo reanudaría, con ajustes de exclusión más sencillos y un plazo más largo para oponerse. El entrenamiento con datos de miembros del Reino Unido empezó el 3 de noviembre de 2025. Solo en el Reino Unido: el aviso de privacidad de LinkedIn también incluye compartir sus datos con Microsoft para que Microsoft pueda entrenar su propia IA. Esto lo controla el mismo ajuste, «Data for Generative AI Improvement».",
        ),
        (
            "The switch only covers AI that creates content. To object to other uses, such as personalisation or security, use the Data Processing Objection Form.",
            "El interruptor solo cubre la IA que crea contenido. Para oponerse a otros usos, como la personalización o la seguridad, use el formulario \"Data Processing Objection Form\".",
            "El interruptor solo cubre la IA que crea contenido. Para oponerse a otros usos, como la personalización o la seguridad, use el formulario «Data Processing Objection Form».",
        ),
        (
            "In Europe, LinkedIn relies on \"legitimate interest\" as its legal reason, so you have the right to object.",
            "En Europa, LinkedIn se basa en el \"interés legítimo\" como fundamento jurídico, así que usted tiene derecho de oposición.",
            "En Europa, LinkedIn se basa en el «interés legítimo» como fundamento jurídico, así que usted tiene derecho de oposición.",
        ),
        (
            "No. The setting only covers AI that creates content. To object to other uses, such as other kinds of machine learning, use LinkedIn's Data Processing Objection Form.",
            "No. El ajuste solo cubre la IA que crea contenido. Para oponerse a otros usos, como otros tipos de aprendizaje automático, use el formulario \"Data Processing Objection Form\" de LinkedIn.",
            "No. El ajuste solo cubre la IA que crea contenido. Para oponerse a otros usos, como otros tipos de aprendizaje automático, use el formulario «Data Processing Objection Form» de LinkedIn.",
        ),
        (
            "Yes. LinkedIn's Data Processing Objection Form is open to people without an account too.",
            "Sí. El formulario \"Data Processing Objection Form\" de LinkedIn también está abierto a personas sin cuenta.",
            "Sí. El formulario «Data Processing Objection Form» de LinkedIn también está abierto a personas sin cuenta.",
        ),
        (
            "LinkedIn added the \"Data for Generative AI Improvement\" setting, switched on for members by default. Members in the EU, Iceland, Liechtenstein, Norway and Switzerland were left out.",
            "LinkedIn añadió el ajuste \"Data for Generative AI Improvement\", activado por defecto para sus miembros. Los miembros de la UE, Islandia, Liechtenstein, Noruega y Suiza quedaron fuera.",
            "LinkedIn añadió el ajuste «Data for Generative AI Improvement», activado por defecto para sus miembros. Los miembros de la UE, Islandia, Liechtenstein, Noruega y Suiza quedaron fuera.",
        ),
        (
            "LinkedIn announced that from 3 November 2025 it would train AI on data from members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, unless they opt out. At the time, a LinkedIn help page said that data from members in the EEA, Switzerland and the UK would not be made available to affiliates such as Microsoft for training AI models \"without further notice\". LinkedIn's later privacy notice does list, for the UK, sharing data with Microsoft so that Microsoft can train its own AI.",
            "LinkedIn anunció que, a partir del 3 de noviembre de 2025, entrenaría su IA con datos de miembros de la UE, Islandia, Liechtenstein, Noruega, Suiza, el Reino Unido, Canadá y Hong Kong, salvo que se excluyeran. En ese momento, una página de ayuda de LinkedIn decía que los datos de miembros del EEE, Suiza y el Reino Unido no se pondrían a disposición de empresas afiliadas, como Microsoft, para entrenar modelos de IA \"sin un nuevo aviso\". El aviso de privacidad posterior de LinkedIn sí incluye, para el Reino Unido, compartir datos con Microsoft para que Microsoft pueda entrenar su propia IA.",
            "LinkedIn anunció que, a partir del 3 de noviembre de 2025, entrenaría su IA con datos de miembros de la UE, Islandia, Liechtenstein, Noruega, Suiza, el Reino Unido, Canadá y Hong Kong, salvo que se excluyeran. En ese momento, una página de ayuda de LinkedIn decía que los datos de miembros del EEE, Suiza y el Reino Unido no se pondrían a disposición de empresas afiliadas, como Microsoft, para entrenar modelos de IA «sin un nuevo aviso». El aviso de privacidad posterior de LinkedIn sí incluye, para el Reino Unido, compartir datos con Microsoft para que Microsoft pueda entrenar su propia IA.",
        ),
        (
            "Log in to LinkedIn. Click \"Me\" (your profile photo) at the top, then \"Settings & Privacy\".",
            "Inicie sesión en LinkedIn. Haga clic en \"Me\" (su foto de perfil), en la parte superior, y luego en \"Settings & Privacy\".",
            "Inicie sesión en LinkedIn. Haga clic en «Me» (su foto de perfil), en la parte superior, y luego en «Settings & Privacy».",
        ),
        (
            "Click \"Data privacy\" in the menu on the left.",
            "Haga clic en \"Data privacy\" en el menú de la izquierda.",
            "Haga clic en «Data privacy» en el menú de la izquierda.",
        ),
        (
            "Tap \"Settings\".",
            "Toque \"Settings\".",
            "Toque «Settings».",
        ),
        (
            "Open the direct link to the setting, or go to \"Me\" (your profile photo), then \"Settings & Privacy\".",
            "Abra el enlace directo al ajuste o vaya a \"Me\" (su foto de perfil) y luego a \"Settings & Privacy\".",
            "Abra el enlace directo al ajuste o vaya a «Me» (su foto de perfil) y luego a «Settings & Privacy».",
        ),
        (
            "Under \"How LinkedIn uses your data\", click \"Data for Generative AI Improvement\".",
            "En \"How LinkedIn uses your data\", haga clic en \"Data for Generative AI Improvement\".",
            "En «How LinkedIn uses your data», haga clic en «Data for Generative AI Improvement».",
        ),
        (
            "Tap \"Data privacy\".",
            "Toque \"Data privacy\".",
            "Toque «Data privacy».",
        ),
        (
            "If you did not use the link: tap \"Data privacy\", then \"Data for Generative AI Improvement\".",
            "Si no ha usado el enlace: toque \"Data privacy\" y luego \"Data for Generative AI Improvement\".",
            "Si no ha usado el enlace: toque «Data privacy» y luego «Data for Generative AI Improvement».",
        ),
        (
            "Switch the toggle to \"Off\".",
            "Ponga el interruptor en \"Off\".",
            "Ponga el interruptor en «Off».",
        ),
        (
            "The switch sits next to words like \"Use my data for training content creation AI models\".",
            "El interruptor está junto a un texto como \"Use my data for training content creation AI models\".",
            "El interruptor está junto a un texto como «Use my data for training content creation AI models».",
        ),
        (
            "Tap \"Data for Generative AI Improvement\".",
            "Toque \"Data for Generative AI Improvement\".",
            "Toque «Data for Generative AI Improvement».",
        ),
        (
            "Since 3 November 2025 LinkedIn shares some member data with Microsoft so that Microsoft can show you more personalised ads. This is a separate setting: switching off \"Data for Generative AI Improvement\" does not stop it. It applies in the US and most other countries, but not in the EU, Iceland, Liechtenstein, Norway, Switzerland or the UK. Also check \"Ads outside of LinkedIn\". In the US, LinkedIn honours a Global Privacy Control (GPC) signal sent by your browser. The setting's exact name has not been confirmed yet.",
            "Desde el 3 de noviembre de 2025, LinkedIn comparte algunos datos de sus miembros con Microsoft para que Microsoft pueda mostrarle anuncios más personalizados. Es un ajuste distinto: desactivar \"Data for Generative AI Improvement\" no lo detiene. Se aplica en Estados Unidos y en la mayoría de los demás países, pero no en la UE, Islandia, Liechtenstein, Noruega, Suiza ni el Reino Unido. Revise también \"Ads outside of LinkedIn\". En Estados Unidos, LinkedIn respeta la señal Global Privacy Control (GPC) si su navegador la envía. Aún no se ha confirmado el nombre exacto del ajuste.",
            "Desde el 3 de noviembre de 2025, LinkedIn comparte algunos datos de sus miembros con Microsoft para que Microsoft pueda mostrarle anuncios más personalizados. Es un ajuste distinto: desactivar «Data for Generative AI Improvement» no lo detiene. Se aplica en Estados Unidos y en la mayoría de los demás países, pero no en la UE, Islandia, Liechtenstein, Noruega, Suiza ni el Reino Unido. Revise también «Ads outside of LinkedIn». En Estados Unidos, LinkedIn respeta la señal Global Privacy Control (GPC) si su navegador la envía. Aún no se ha confirmado el nombre exacto del ajuste.",
        ),
        (
            "A setting under \"Data privacy\" that lets LinkedIn use data about you for social, economic and workplace research. It is separate from AI training. This name comes from a 2024 report and has not been confirmed since.",
            "Un ajuste dentro de \"Data privacy\" que permite a LinkedIn usar datos sobre usted para investigación social, económica y del mundo laboral. Es independiente del entrenamiento de la IA. Este nombre procede de un informe de 2024 y no se ha confirmado desde entonces.",
            "Un ajuste dentro de «Data privacy» que permite a LinkedIn usar datos sobre usted para investigación social, económica y del mundo laboral. Es independiente del entrenamiento de la IA. Este nombre procede de un informe de 2024 y no se ha confirmado desde entonces.",
        ),
        (
            "Go to \"Settings & Privacy\".",
            "Vaya a \"Settings & Privacy\".",
            "Vaya a «Settings & Privacy».",
        ),
        (
            "Open \"Data for Generative AI Improvement\", as in the steps above.",
            "Abra \"Data for Generative AI Improvement\", como en los pasos anteriores.",
            "Abra «Data for Generative AI Improvement», como en los pasos anteriores.",
        ),
        (
            "Go to \"Settings & Privacy\", then \"Data privacy\".",
            "Vaya a \"Settings & Privacy\" y luego a \"Data privacy\".",
            "Vaya a «Settings & Privacy» y luego a «Data privacy».",
        ),
        (
            "Open \"Advertising data\".",
            "Abra \"Advertising data\".",
            "Abra «Advertising data».",
        ),
        (
            "Look for \"Data research\" and open it.",
            "Busque \"Data research\" y ábralo.",
            "Busque «Data research» y ábralo.",
        ),
        (
            "Open \"Data sharing with affiliates and partners\" and switch it to \"Off\".",
            "Abra \"Data sharing with affiliates and partners\" y póngalo en \"Off\".",
            "Abra «Data sharing with affiliates and partners» y póngalo en «Off».",
        ),
        (
            "Also look for \"Ads outside of LinkedIn\" and switch it off if you prefer.",
            "Busque también \"Ads outside of LinkedIn\" y desactívelo si lo prefiere.",
            "Busque también «Ads outside of LinkedIn» y desactívelo si lo prefiere.",
        ),
    ],
    "it": [
        (
            "Legitimate interest",
            "Legittimo interesse",
            "legittimo interesse",
        ),
        (
            "Hello,\n\nI object to LinkedIn using my personal data to train generative AI models, and to its use of my data for other AI and machine-learning purposes. LinkedIn says it relies on legitimate interest for this, and data protection law gives me the right to object to processing on that basis.\n\nPlease stop using my data for these purposes and confirm to me in writing that you have done so.\n\nThank you.",
            "Buongiorno,\n\nmi oppongo all'uso dei miei dati personali da parte di LinkedIn per addestrare modelli di IA generativa, e all'uso dei miei dati per altre finalità di IA e di apprendimento automatico. LinkedIn dichiara di basarsi per questo sul legittimo interesse, e la normativa sulla protezione dei dati mi riconosce il diritto di opposizione al trattamento fondato su tale base.\n\nVi chiedo di smettere di usare i miei dati per queste finalità e di confermarmi per iscritto di averlo fatto.\n\nGrazie.",
            "Gentili signori,\n\nmi oppongo all'uso dei miei dati personali da parte di LinkedIn per addestrare modelli di IA generativa, e all'uso dei miei dati per altre finalità di IA e di apprendimento automatico. LinkedIn dichiara di basarsi per questo sul legittimo interesse, e la normativa sulla protezione dei dati mi riconosce il diritto di opposizione al trattamento fondato su tale base.\n\nVi chiedo di smettere di usare i miei dati per queste finalità e di confermarmi per iscritto di averlo fatto.\n\nGrazie.",
        ),
        (
            "LinkedIn paused training on UK members' data on 20 September 2024, after the UK data protection regulator, the Information Commissioner's Office (ICO), raised concerns. On 23 September 2025 the ICO said LinkedIn would resume, with simpler opt-out settings and a longer window to object. Training on UK members' data began on 3 November 2025. UK only: LinkedIn's privacy notice also lists sharing your data with Microsoft so that Microsoft can train its own AI. The same \"Data for Generative AI Improvement\" setting controls this.",
            "Il 20 settembre 2024 LinkedIn ha sospeso l'addestramento con i dati degli iscritti del Regno Unito, dopo che l'autorità britannica per la protezione dei dati, l'Information Commissioner's Office (ICO), aveva espresso preoccupazioni. Il 23 settembre 2025 l'ICO ha dichiarato che LinkedIn avrebbe ripreso, con impostazioni più semplici per escludersi e più tempo per opporsi. L'addestramento con i dati degli iscritti del Regno Unito è iniziato il 3 novembre 2025. Solo per il Regno Unito: l'informativa sulla privacy di LinkedIn indica anche la condivisione dei tuoi dati con Microsoft, perché Microsoft possa addestrare la propria IA. Questo è controllato dalla stessa impostazione \"Data for Generative AI Improvement\".",
            "Il 20 settembre 2024 LinkedIn ha sospeso l'addestramento con i dati degli iscritti del Regno Unito, dopo che l'autorità britannica per la protezione dei dati, l'Information Commissioner's Office (ICO), aveva espresso preoccupazioni. Il 23 settembre 2025 l'ICO ha dichiarato che LinkedIn avrebbe ripreso l'addestramento, con impostazioni più semplici per escludersi e più tempo per opporsi. L'addestramento con i dati degli iscritti del Regno Unito è iniziato il 3 novembre 2025. Solo per il Regno Unito: l'informativa sulla privacy di LinkedIn indica anche la condivisione dei tuoi dati con Microsoft, perché Microsoft possa addestrare la propria IA. Questo è controllato dalla stessa impostazione «Data for Generative AI Improvement».",
        ),
        (
            "The switch only covers AI that creates content. To object to other uses, such as personalisation or security, use the Data Processing Objection Form.",
            "L'interruttore riguarda solo l'IA che crea contenuti. Per opporti ad altri usi, come la personalizzazione o la sicurezza, usa il modulo \"Data Processing Objection Form\".",
            "L'interruttore riguarda solo l'IA che crea contenuti. Per opporti ad altri usi, come la personalizzazione o la sicurezza, usa il modulo «Data Processing Objection Form».",
        ),
        (
            "The setting is switched on by default, so your data is used unless you turn it off.",
            "L'impostazione è attiva di default, quindi i tuoi dati vengono usati a meno che tu non la disattivi.",
            "L'impostazione è attiva per impostazione predefinita, quindi i tuoi dati vengono usati a meno che tu non la disattivi.",
        ),
        (
            "In Europe, LinkedIn relies on \"legitimate interest\" as its legal reason, so you have the right to object.",
            "In Europa LinkedIn si basa sul \"legittimo interesse\" come base giuridica, quindi hai il diritto di opposizione.",
            "In Europa LinkedIn si basa sul «legittimo interesse» come base giuridica, quindi hai il diritto di opposizione.",
        ),
        (
            "No. The setting only covers AI that creates content. To object to other uses, such as other kinds of machine learning, use LinkedIn's Data Processing Objection Form.",
            "No. L'impostazione riguarda solo l'IA che crea contenuti. Per opporti ad altri usi, come altri tipi di apprendimento automatico, usa il modulo \"Data Processing Objection Form\" di LinkedIn.",
            "No. L'impostazione riguarda solo l'IA che crea contenuti. Per opporti ad altri usi, come altri tipi di apprendimento automatico, usa il modulo «Data Processing Objection Form» di LinkedIn.",
        ),
        (
            "Yes. LinkedIn's Data Processing Objection Form is open to people without an account too.",
            "Sì. Il modulo \"Data Processing Objection Form\" di LinkedIn è aperto anche a chi non ha un account.",
            "Sì. Il modulo «Data Processing Objection Form» di LinkedIn è aperto anche a chi non ha un account.",
        ),
        (
            "LinkedIn added the \"Data for Generative AI Improvement\" setting, switched on for members by default. Members in the EU, Iceland, Liechtenstein, Norway and Switzerland were left out.",
            "LinkedIn ha aggiunto l'impostazione \"Data for Generative AI Improvement\", attivata di default per gli iscritti. Gli iscritti nell'UE, in Islanda, Liechtenstein, Norvegia e Svizzera sono stati lasciati fuori.",
            "LinkedIn ha aggiunto l'impostazione «Data for Generative AI Improvement», attivata per impostazione predefinita per gli iscritti. Gli iscritti nell'UE, in Islanda, Liechtenstein, Norvegia e Svizzera sono stati lasciati fuori.",
        ),
        (
            "LinkedIn announced that from 3 November 2025 it would train AI on data from members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, unless they opt out. At the time, a LinkedIn help page said that data from members in the EEA, Switzerland and the UK would not be made available to affiliates such as Microsoft for training AI models \"without further notice\". LinkedIn's later privacy notice does list, for the UK, sharing data with Microsoft so that Microsoft can train its own AI.",
            "LinkedIn ha annunciato che dal 3 novembre 2025 avrebbe addestrato l'IA con i dati degli iscritti nell'UE, in Islanda, Liechtenstein, Norvegia, Svizzera, nel Regno Unito, in Canada e a Hong Kong, a meno che non si escludessero. All'epoca, una pagina di assistenza di LinkedIn diceva che i dati degli iscritti nel SEE, in Svizzera e nel Regno Unito non sarebbero stati messi a disposizione di società affiliate come Microsoft per addestrare modelli di IA \"senza ulteriore avviso\" (\"without further notice\"). La successiva informativa sulla privacy di LinkedIn in effetti indica, per il Regno Unito, la condivisione di dati con Microsoft perché Microsoft possa addestrare la propria IA.",
            "LinkedIn ha annunciato che dal 3 novembre 2025 avrebbe addestrato l'IA con i dati degli iscritti nell'UE, in Islanda, Liechtenstein, Norvegia, Svizzera, nel Regno Unito, in Canada e a Hong Kong, a meno che non si escludessero. All'epoca, una pagina di assistenza di LinkedIn diceva che i dati degli iscritti nel SEE, in Svizzera e nel Regno Unito non sarebbero stati messi a disposizione di società affiliate come Microsoft per addestrare modelli di IA «senza ulteriore avviso» («without further notice»). La successiva informativa sulla privacy di LinkedIn in effetti indica, per il Regno Unito, la condivisione di dati con Microsoft perché Microsoft possa addestrare la propria IA.",
        ),
        (
            "One news report says the setting is switched off by default for some student profiles. It does not say which ones, so check your own setting.",
            "Secondo un articolo di stampa, per alcuni profili di studenti l'impostazione è disattivata di default. L'articolo non dice quali, quindi controlla la tua impostazione.",
            "Secondo un articolo di stampa, per alcuni profili di studenti l'impostazione è disattivata per impostazione predefinita. L'articolo non dice quali, quindi controlla la tua impostazione.",
        ),
        (
            "Log in to LinkedIn. Click \"Me\" (your profile photo) at the top, then \"Settings & Privacy\".",
            "Accedi a LinkedIn. Clicca su \"Me\" (la tua foto del profilo) in alto, poi su \"Settings & Privacy\".",
            "Accedi a LinkedIn. Clicca su «Me» (la tua foto del profilo) in alto, poi su «Settings & Privacy».",
        ),
        (
            "Click \"Data privacy\" in the menu on the left.",
            "Clicca su \"Data privacy\" nel menu a sinistra.",
            "Clicca su «Data privacy» nel menu a sinistra.",
        ),
        (
            "Tap \"Settings\".",
            "Tocca \"Settings\".",
            "Tocca «Settings».",
        ),
        (
            "Open the direct link to the setting, or go to \"Me\" (your profile photo), then \"Settings & Privacy\".",
            "Apri il link diretto all'impostazione, oppure vai su \"Me\" (la tua foto del profilo), poi su \"Settings & Privacy\".",
            "Apri il link diretto all'impostazione, oppure vai su «Me» (la tua foto del profilo), poi su «Settings & Privacy».",
        ),
        (
            "Under \"How LinkedIn uses your data\", click \"Data for Generative AI Improvement\".",
            "Nella sezione \"How LinkedIn uses your data\", clicca su \"Data for Generative AI Improvement\".",
            "Nella sezione «How LinkedIn uses your data», clicca su «Data for Generative AI Improvement».",
        ),
        (
            "Tap \"Data privacy\".",
            "Tocca \"Data privacy\".",
            "Tocca «Data privacy».",
        ),
        (
            "If you did not use the link: tap \"Data privacy\", then \"Data for Generative AI Improvement\".",
            "Se non hai usato il link: tocca \"Data privacy\", poi \"Data for Generative AI Improvement\".",
            "Se non hai usato il link: tocca «Data privacy», poi «Data for Generative AI Improvement».",
        ),
        (
            "Switch the toggle to \"Off\".",
            "Porta l'interruttore su \"Off\".",
            "Porta l'interruttore su «Off».",
        ),
        (
            "The switch sits next to words like \"Use my data for training content creation AI models\".",
            "L'interruttore si trova accanto a una frase come \"Use my data for training content creation AI models\".",
            "L'interruttore si trova accanto a una frase come «Use my data for training content creation AI models».",
        ),
        (
            "Tap \"Data for Generative AI Improvement\".",
            "Tocca \"Data for Generative AI Improvement\".",
            "Tocca «Data for Generative AI Improvement».",
        ),
        (
            "Since 3 November 2025 LinkedIn shares some member data with Microsoft so that Microsoft can show you more personalised ads. This is a separate setting: switching off \"Data for Generative AI Improvement\" does not stop it. It applies in the US and most other countries, but not in the EU, Iceland, Liechtenstein, Norway, Switzerland or the UK. Also check \"Ads outside of LinkedIn\". In the US, LinkedIn honours a Global Privacy Control (GPC) signal sent by your browser. The setting's exact name has not been confirmed yet.",
            "Dal 3 novembre 2025 LinkedIn condivide alcuni dati degli iscritti con Microsoft, perché Microsoft possa mostrarti pubblicità più personalizzata. Questa condivisione ha un'impostazione separata: disattivare \"Data for Generative AI Improvement\" non la ferma. Vale negli Stati Uniti e nella maggior parte degli altri paesi, ma non nell'UE, in Islanda, Liechtenstein, Norvegia, Svizzera o nel Regno Unito. Controlla anche \"Ads outside of LinkedIn\". Negli Stati Uniti LinkedIn rispetta il segnale Global Privacy Control (GPC) inviato dal tuo browser. Il nome esatto dell'impostazione non è ancora stato confermato.",
            "Dal 3 novembre 2025 LinkedIn condivide alcuni dati degli iscritti con Microsoft, perché Microsoft possa mostrarti pubblicità più personalizzata. Questa condivisione ha un'impostazione separata: disattivare «Data for Generative AI Improvement» non la ferma. Vale negli Stati Uniti e nella maggior parte degli altri paesi, ma non nell'UE, in Islanda, Liechtenstein, Norvegia, Svizzera o nel Regno Unito. Controlla anche «Ads outside of LinkedIn». Negli Stati Uniti LinkedIn rispetta il segnale Global Privacy Control (GPC) inviato dal tuo browser. Il nome esatto dell'impostazione non è ancora stato confermato.",
        ),
        (
            "A setting under \"Data privacy\" that lets LinkedIn use data about you for social, economic and workplace research. It is separate from AI training. This name comes from a 2024 report and has not been confirmed since.",
            "Un'impostazione in \"Data privacy\" che permette a LinkedIn di usare dati che ti riguardano per ricerche sociali, economiche e sul mondo del lavoro. È separata dall'addestramento dell'IA. Questo nome viene da un articolo del 2024 e da allora non è stato confermato.",
            "Un'impostazione in «Data privacy» che permette a LinkedIn di usare dati che ti riguardano per ricerche sociali, economiche e sul mondo del lavoro. È separata dall'addestramento dell'IA. Questo nome viene da un articolo del 2024 e da allora non è stato confermato.",
        ),
        (
            "Go to \"Settings & Privacy\".",
            "Vai su \"Settings & Privacy\".",
            "Vai su «Settings & Privacy».",
        ),
        (
            "Open \"Data for Generative AI Improvement\", as in the steps above.",
            "Apri \"Data for Generative AI Improvement\", come nei passaggi sopra.",
            "Apri «Data for Generative AI Improvement», come nei passaggi sopra.",
        ),
        (
            "Go to \"Settings & Privacy\", then \"Data privacy\".",
            "Vai su \"Settings & Privacy\", poi su \"Data privacy\".",
            "Vai su «Settings & Privacy», poi su «Data privacy».",
        ),
        (
            "Open \"Advertising data\".",
            "Apri \"Advertising data\".",
            "Apri «Advertising data».",
        ),
        (
            "Look for \"Data research\" and open it.",
            "Cerca la voce \"Data research\" e aprila.",
            "Cerca la voce «Data research» e aprila.",
        ),
        (
            "Open \"Data sharing with affiliates and partners\" and switch it to \"Off\".",
            "Apri \"Data sharing with affiliates and partners\" e impostala su \"Off\".",
            "Apri «Data sharing with affiliates and partners» e impostala su «Off».",
        ),
        (
            "Also look for \"Ads outside of LinkedIn\" and switch it off if you prefer.",
            "Cerca anche \"Ads outside of LinkedIn\" e disattivala, se preferisci.",
            "Cerca anche «Ads outside of LinkedIn» e disattivala, se preferisci.",
        ),
    ],
    "nl": [
        (
            "Legitimate interest",
            "Gerechtvaardigd belang",
            "gerechtvaardigd belang",
        ),
        (
            "Hello,\n\nI object to LinkedIn using my personal data to train generative AI models, and to its use of my data for other AI and machine-learning purposes. LinkedIn says it relies on legitimate interest for this, and data protection law gives me the right to object to processing on that basis.\n\nPlease stop using my data for these purposes and confirm to me in writing that you have done so.\n\nThank you.",
            "Hallo,\n\nIk maak bezwaar tegen het gebruik van mijn persoonsgegevens door LinkedIn om generatieve AI-modellen te trainen, en tegen het gebruik van mijn gegevens voor andere doeleinden op het gebied van AI en machine learning. LinkedIn zegt zich hiervoor te baseren op gerechtvaardigd belang, en de wetgeving over gegevensbescherming geeft mij het recht van bezwaar tegen verwerking op die grond.\n\nStop alstublieft met het gebruik van mijn gegevens voor deze doeleinden en bevestig mij schriftelijk dat u dat hebt gedaan.\n\nDank u wel.",
            "Geachte heer, mevrouw,\n\nIk maak bezwaar tegen het gebruik van mijn persoonsgegevens door LinkedIn om generatieve AI-modellen te trainen, en tegen het gebruik van mijn gegevens voor andere doeleinden op het gebied van AI en machine learning. LinkedIn zegt zich hiervoor te baseren op gerechtvaardigd belang, en de wetgeving over gegevensbescherming geeft mij het recht van bezwaar tegen verwerking op die grond.\n\nStop alstublieft met het gebruik van mijn gegevens voor deze doeleinden en bevestig mij schriftelijk dat u dat hebt gedaan.\n\nDank u wel.",
        ),
        (
            "These countries are in the European Economic Area (EEA) but not in the EU. LinkedIn treats them the same as the EU: members were left out at first, and training on their data began on 3 November 2025.",
            "Deze landen horen bij de Europese Economische Ruimte (EER), maar niet bij de EU. LinkedIn behandelt ze hetzelfde als de EU: leden werden eerst buiten beschouwing gelaten, en de training met hun gegevens begon op 3 november 2025.",
            "Deze landen horen bij de Europese Economische Ruimte (EER), maar niet bij de EU. LinkedIn behandelt ze hetzelfde als de EU: leden werden eerst uitgezonderd, en de training met hun gegevens begon op 3 november 2025.",
        ),
        (
            "LinkedIn treats Switzerland the same as the EU: Swiss members were left out in 2024, and training on their data began on 3 November 2025.",
            "LinkedIn behandelt Zwitserland hetzelfde als de EU: leden in Zwitserland werden in 2024 buiten beschouwing gelaten, en de training met hun gegevens begon op 3 november 2025.",
            "LinkedIn behandelt Zwitserland hetzelfde als de EU: leden in Zwitserland werden in 2024 uitgezonderd, en de training met hun gegevens begon op 3 november 2025.",
        ),
        (
            "LinkedIn paused training on UK members' data on 20 September 2024, after the UK data protection regulator, the Information Commissioner's Office (ICO), raised concerns. On 23 September 2025 the ICO said LinkedIn would resume, with simpler opt-out settings and a longer window to object. Training on UK members' data began on 3 November 2025. UK only: LinkedIn's privacy notice also lists sharing your data with Microsoft so that Microsoft can train its own AI. The same \"Data for Generative AI Improvement\" setting controls this.",
            "LinkedIn pauzeerde de training met gegevens van leden in het VK op 20 september 2024, nadat de Britse toezichthouder voor gegevensbescherming, het Information Commissioner's Office (ICO), zorgen had geuit. Op 23 september 2025 zei het ICO dat LinkedIn de training zou hervatten, met eenvoudigere instellingen om je af te melden en meer tijd om bezwaar te maken. De training met gegevens van leden in het VK begon op 3 november 2025. Alleen in het VK: de privacyverklaring van LinkedIn noemt ook het delen van je gegevens met Microsoft, zodat Microsoft zijn eigen AI kan trainen. Dezelfde instelling \"Data for Generative AI Improvement\" regelt dit.",
            "LinkedIn pauzeerde de training met gegevens van leden in het VK op 20 september 2024, nadat de Britse toezichthouder voor gegevensbescherming, het Information Commissioner's Office (ICO), zorgen had geuit. Op 23 september 2025 zei het ICO dat LinkedIn de training zou hervatten, met eenvoudigere instellingen om de training uit te zetten en meer tijd om bezwaar te maken. De training met gegevens van leden in het VK begon op 3 november 2025. Alleen in het VK: de privacyverklaring van LinkedIn noemt ook het delen van je gegevens met Microsoft, zodat Microsoft zijn eigen AI kan trainen. Dezelfde instelling “Data for Generative AI Improvement” regelt dit.",
        ),
        (
            "Opting out only works from then on: data already used for training stays in the models.",
            "Afmelden werkt alleen vanaf dat moment: gegevens die al voor training zijn gebruikt, blijven in de modellen.",
            "Uitzetten werkt alleen vanaf dat moment: gegevens die al voor training zijn gebruikt, blijven in de modellen.",
        ),
        (
            "You can still use LinkedIn's AI features after you opt out.",
            "Je kunt de AI-functies van LinkedIn nog steeds gebruiken nadat je je hebt afgemeld.",
            "Je kunt de AI-functies van LinkedIn nog steeds gebruiken nadat je de instelling hebt uitgezet.",
        ),
        (
            "Opting out only stops your data being used to train the models.",
            "Afmelden zorgt er alleen voor dat je gegevens niet meer worden gebruikt om de modellen te trainen.",
            "Uitzetten zorgt er alleen voor dat je gegevens niet meer worden gebruikt om de modellen te trainen.",
        ),
        (
            "You do not have to agree first: you have to opt out.",
            "Je hoeft niet eerst toestemming te geven: je moet je zelf afmelden.",
            "Je hoeft niet eerst toestemming te geven: je moet de instelling zelf uitzetten.",
        ),
        (
            "In Europe, LinkedIn relies on \"legitimate interest\" as its legal reason, so you have the right to object.",
            "In Europa baseert LinkedIn zich op \"gerechtvaardigd belang\" als wettelijke grondslag, dus je hebt het recht van bezwaar.",
            "In Europa baseert LinkedIn zich op “gerechtvaardigd belang” als wettelijke grondslag, dus je hebt het recht van bezwaar.",
        ),
        (
            "Can I still use LinkedIn's AI features after I opt out?",
            "Kan ik de AI-functies van LinkedIn nog gebruiken nadat ik me heb afgemeld?",
            "Kan ik de AI-functies van LinkedIn nog gebruiken nadat ik de instelling heb uitgezet?",
        ),
        (
            "Yes. LinkedIn says members who opt out can still use its AI features.",
            "Ja. LinkedIn zegt dat leden die zich afmelden de AI-functies nog steeds kunnen gebruiken.",
            "Ja. LinkedIn zegt dat leden die de instelling uitzetten de AI-functies nog steeds kunnen gebruiken.",
        ),
        (
            "LinkedIn added the \"Data for Generative AI Improvement\" setting, switched on for members by default. Members in the EU, Iceland, Liechtenstein, Norway and Switzerland were left out.",
            "LinkedIn voegde de instelling \"Data for Generative AI Improvement\" toe. Die stond voor leden standaard aan. Leden in de EU, IJsland, Liechtenstein, Noorwegen en Zwitserland werden buiten beschouwing gelaten.",
            "LinkedIn voegde de instelling “Data for Generative AI Improvement” toe. Die stond voor leden standaard aan. Leden in de EU, IJsland, Liechtenstein, Noorwegen en Zwitserland werden uitgezonderd.",
        ),
        (
            "LinkedIn announced that from 3 November 2025 it would train AI on data from members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, unless they opt out. At the time, a LinkedIn help page said that data from members in the EEA, Switzerland and the UK would not be made available to affiliates such as Microsoft for training AI models \"without further notice\". LinkedIn's later privacy notice does list, for the UK, sharing data with Microsoft so that Microsoft can train its own AI.",
            "LinkedIn kondigde aan dat het vanaf 3 november 2025 AI zou trainen met gegevens van leden in de EU, IJsland, Liechtenstein, Noorwegen, Zwitserland, het VK, Canada en Hongkong, tenzij ze zich afmelden. Op dat moment stond op een helppagina van LinkedIn dat gegevens van leden in de EER, Zwitserland en het VK \"zonder verdere kennisgeving\" niet beschikbaar zouden worden gesteld aan gelieerde bedrijven zoals Microsoft om AI-modellen te trainen. De latere privacyverklaring van LinkedIn noemt voor het VK wel het delen van gegevens met Microsoft, zodat Microsoft zijn eigen AI kan trainen.",
            "LinkedIn kondigde aan dat het vanaf 3 november 2025 AI zou trainen met gegevens van leden in de EU, IJsland, Liechtenstein, Noorwegen, Zwitserland, het VK, Canada en Hongkong, tenzij ze bezwaar maken. Op dat moment stond op een helppagina van LinkedIn dat gegevens van leden in de EER, Zwitserland en het VK “zonder verdere kennisgeving” niet beschikbaar zouden worden gesteld aan gelieerde bedrijven zoals Microsoft om AI-modellen te trainen. De latere privacyverklaring van LinkedIn noemt voor het VK wel het delen van gegevens met Microsoft, zodat Microsoft zijn eigen AI kan trainen.",
        ),
        (
            "The ICO said LinkedIn would resume training its AI on UK members' data, with simpler opt-out settings and a longer window for members to object.",
            "Het ICO zei dat LinkedIn het trainen van zijn AI met gegevens van leden in het VK zou hervatten, met eenvoudigere instellingen om je af te melden en meer tijd voor leden om bezwaar te maken.",
            "Het ICO zei dat LinkedIn het trainen van zijn AI met gegevens van leden in het VK zou hervatten, met eenvoudigere instellingen om de training uit te zetten en meer tijd voor leden om bezwaar te maken.",
        ),
        (
            "Log in to LinkedIn. Click \"Me\" (your profile photo) at the top, then \"Settings & Privacy\".",
            "Log in bij LinkedIn. Klik bovenaan op \"Me\" (je profielfoto) en daarna op \"Settings & Privacy\".",
            "Log in bij LinkedIn. Klik bovenaan op “Me” (je profielfoto) en daarna op “Settings & Privacy”.",
        ),
        (
            "Click \"Data privacy\" in the menu on the left.",
            "Klik op \"Data privacy\" in het menu aan de linkerkant.",
            "Klik op “Data privacy” in het menu aan de linkerkant.",
        ),
        (
            "Tap \"Settings\".",
            "Tik op \"Settings\".",
            "Tik op “Settings”.",
        ),
        (
            "Open the direct link to the setting, or go to \"Me\" (your profile photo), then \"Settings & Privacy\".",
            "Open de directe link naar de instelling, of ga naar \"Me\" (je profielfoto) en daarna naar \"Settings & Privacy\".",
            "Open de directe link naar de instelling, of ga naar “Me” (je profielfoto) en daarna naar “Settings & Privacy”.",
        ),
        (
            "Under \"How LinkedIn uses your data\", click \"Data for Generative AI Improvement\".",
            "Klik onder \"How LinkedIn uses your data\" op \"Data for Generative AI Improvement\".",
            "Klik onder “How LinkedIn uses your data” op “Data for Generative AI Improvement”.",
        ),
        (
            "Tap \"Data privacy\".",
            "Tik op \"Data privacy\".",
            "Tik op “Data privacy”.",
        ),
        (
            "If you did not use the link: tap \"Data privacy\", then \"Data for Generative AI Improvement\".",
            "Heb je de link niet gebruikt? Tik dan op \"Data privacy\" en daarna op \"Data for Generative AI Improvement\".",
            "Heb je de link niet gebruikt? Tik dan op “Data privacy” en daarna op “Data for Generative AI Improvement”.",
        ),
        (
            "Switch the toggle to \"Off\".",
            "Zet de schakelaar op \"Off\".",
            "Zet de schakelaar op “Off”.",
        ),
        (
            "The switch sits next to words like \"Use my data for training content creation AI models\".",
            "De schakelaar staat naast woorden als \"Use my data for training content creation AI models\".",
            "De schakelaar staat naast woorden als “Use my data for training content creation AI models”.",
        ),
        (
            "Tap \"Data for Generative AI Improvement\".",
            "Tik op \"Data for Generative AI Improvement\".",
            "Tik op “Data for Generative AI Improvement”.",
        ),
        (
            "Since 3 November 2025 LinkedIn shares some member data with Microsoft so that Microsoft can show you more personalised ads. This is a separate setting: switching off \"Data for Generative AI Improvement\" does not stop it. It applies in the US and most other countries, but not in the EU, Iceland, Liechtenstein, Norway, Switzerland or the UK. Also check \"Ads outside of LinkedIn\". In the US, LinkedIn honours a Global Privacy Control (GPC) signal sent by your browser. The setting's exact name has not been confirmed yet.",
            "Sinds 3 november 2025 deelt LinkedIn sommige gegevens van leden met Microsoft, zodat Microsoft je meer gepersonaliseerde advertenties kan tonen. Dit is een aparte instelling: als je \"Data for Generative AI Improvement\" uitzet, stopt dit niet. Het geldt in de VS en de meeste andere landen, maar niet in de EU, IJsland, Liechtenstein, Noorwegen, Zwitserland of het VK. Controleer ook \"Ads outside of LinkedIn\". In de VS respecteert LinkedIn een Global Privacy Control-signaal (GPC) dat je browser verstuurt. De precieze naam van de instelling is nog niet bevestigd.",
            "Sinds 3 november 2025 deelt LinkedIn sommige gegevens van leden met Microsoft, zodat Microsoft je meer gepersonaliseerde advertenties kan tonen. Dit is een aparte instelling: als je “Data for Generative AI Improvement” uitzet, stopt dit niet. Het geldt in de VS en de meeste andere landen, maar niet in de EU, IJsland, Liechtenstein, Noorwegen, Zwitserland of het VK. Controleer ook “Ads outside of LinkedIn”. In de VS respecteert LinkedIn een Global Privacy Control-signaal (GPC) dat je browser verstuurt. De precieze naam van de instelling is nog niet bevestigd.",
        ),
        (
            "A setting under \"Data privacy\" that lets LinkedIn use data about you for social, economic and workplace research. It is separate from AI training. This name comes from a 2024 report and has not been confirmed since.",
            "Een instelling onder \"Data privacy\" waarmee LinkedIn gegevens over jou mag gebruiken voor sociaal, economisch en werkgerelateerd onderzoek. Deze staat los van AI-training. Deze naam komt uit een bericht uit 2024 en is sindsdien niet bevestigd.",
            "Een instelling onder “Data privacy” waarmee LinkedIn gegevens over jou mag gebruiken voor sociaal, economisch en werkgerelateerd onderzoek. Deze staat los van AI-training. Deze naam komt uit een bericht uit 2024 en is sindsdien niet bevestigd.",
        ),
        (
            "Go to \"Settings & Privacy\".",
            "Ga naar \"Settings & Privacy\".",
            "Ga naar “Settings & Privacy”.",
        ),
        (
            "Open \"Data for Generative AI Improvement\", as in the steps above.",
            "Open \"Data for Generative AI Improvement\", zoals in de stappen hierboven.",
            "Open “Data for Generative AI Improvement”, zoals in de stappen hierboven.",
        ),
        (
            "Go to \"Settings & Privacy\", then \"Data privacy\".",
            "Ga naar \"Settings & Privacy\" en daarna naar \"Data privacy\".",
            "Ga naar “Settings & Privacy” en daarna naar “Data privacy”.",
        ),
        (
            "Open \"Advertising data\".",
            "Open \"Advertising data\".",
            "Open “Advertising data”.",
        ),
        (
            "Look for \"Data research\" and open it.",
            "Zoek naar \"Data research\" en open het.",
            "Zoek naar “Data research” en open het.",
        ),
        (
            "Open \"Data sharing with affiliates and partners\" and switch it to \"Off\".",
            "Open \"Data sharing with affiliates and partners\" en zet het op \"Off\".",
            "Open “Data sharing with affiliates and partners” en zet het op “Off”.",
        ),
        (
            "Also look for \"Ads outside of LinkedIn\" and switch it off if you prefer.",
            "Zoek ook naar \"Ads outside of LinkedIn\" en zet het uit als je dat liever hebt.",
            "Zoek ook naar “Ads outside of LinkedIn” en zet het uit als je dat liever hebt.",
        ),
    ],
    "pl": [
        (
            "LinkedIn trains its generative AI on members' profiles, posts and other data, and the setting that allows it is on unless you switch it off. Since 3 November 2025 this also covers members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong.",
            "LinkedIn trenuje swoją generatywną AI na profilach, postach i innych danych użytkowników, a ustawienie, które na to pozwala, jest włączone, dopóki go nie wyłączysz. Od 3 listopada 2025 dotyczy to także użytkowników w UE, Islandii, Liechtensteinie, Norwegii, Szwajcarii, Wielkiej Brytanii, Kanadzie i Hongkongu.",
            "LinkedIn trenuje swoją generatywną AI na profilach, postach i innych danych użytkowników, a ustawienie, które na to pozwala, jest włączone, dopóki go nie wyłączysz. Od 3 listopada 2025 r. dotyczy to także użytkowników w UE, Islandii, Liechtensteinie, Norwegii, Szwajcarii, Wielkiej Brytanii, Kanadzie i Hongkongu.",
        ),
        (
            "LinkedIn uses some of its members' data, such as profile details and posts, to train AI that writes and suggests content. A setting allows this, and it is switched on unless you turn it off. In the United States and most other countries this began in September 2024. In the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong it began on 3 November 2025. Turning the setting off stops LinkedIn using your data from then on, but data already used stays in its AI models. This guide explains what data is used, what is left out, and how to switch the setting off on each device.",
            "LinkedIn wykorzystuje część danych swoich użytkowników, takich jak informacje z profilu i posty, do trenowania AI, która pisze i podpowiada treści. Pozwala na to ustawienie, które jest włączone, dopóki go nie wyłączysz. W Stanach Zjednoczonych i w większości innych krajów zaczęło się to we wrześniu 2024 roku. W UE, Islandii, Liechtensteinie, Norwegii, Szwajcarii, Wielkiej Brytanii, Kanadzie i Hongkongu zaczęło się to 3 listopada 2025. Wyłączenie ustawienia sprawia, że od tej chwili LinkedIn przestaje wykorzystywać Twoje dane, ale dane już wykorzystane pozostają w jego modelach AI. Ten przewodnik wyjaśnia, jakie dane są wykorzystywane, czego to nie obejmuje i jak wyłączyć ustawienie na każdym urządzeniu.",
            "LinkedIn wykorzystuje część danych swoich użytkowników, takich jak informacje z profilu i posty, do trenowania AI, która pisze i podpowiada treści. Pozwala na to ustawienie, które jest włączone, dopóki go nie wyłączysz. W Stanach Zjednoczonych i w większości innych krajów zaczęło się to we wrześniu 2024 roku. W UE, Islandii, Liechtensteinie, Norwegii, Szwajcarii, Wielkiej Brytanii, Kanadzie i Hongkongu zaczęło się to 3 listopada 2025 r. Wyłączenie ustawienia sprawia, że od tej chwili LinkedIn przestaje wykorzystywać Twoje dane, ale dane już wykorzystane pozostają w jego modelach AI. Ten przewodnik wyjaśnia, jakie dane są wykorzystywane, czego to nie obejmuje i jak wyłączyć ustawienie na każdym urządzeniu.",
        ),
        (
            "Legitimate interest",
            "Prawnie uzasadniony interes",
            "prawnie uzasadniony interes",
        ),
        (
            "Hello,\n\nI object to LinkedIn using my personal data to train generative AI models, and to its use of my data for other AI and machine-learning purposes. LinkedIn says it relies on legitimate interest for this, and data protection law gives me the right to object to processing on that basis.\n\nPlease stop using my data for these purposes and confirm to me in writing that you have done so.\n\nThank you.",
            "Dzień dobry,\n\nwnoszę sprzeciw wobec wykorzystywania przez LinkedIn moich danych osobowych do trenowania modeli generatywnej AI oraz wobec wykorzystywania moich danych do innych celów związanych z AI i uczeniem maszynowym. LinkedIn podaje, że opiera się w tym zakresie na prawnie uzasadnionym interesie, a przepisy o ochronie danych dają mi prawo sprzeciwu wobec przetwarzania na tej podstawie.\n\nProszę o zaprzestanie wykorzystywania moich danych do tych celów i o pisemne potwierdzenie, że tak się stało.\n\nDziękuję.",
            "Szanowni Państwo,\n\nwnoszę sprzeciw wobec wykorzystywania przez LinkedIn moich danych osobowych do trenowania modeli generatywnej AI oraz wobec wykorzystywania moich danych do innych celów związanych z AI i uczeniem maszynowym. LinkedIn podaje, że opiera się w tym zakresie na prawnie uzasadnionym interesie, a przepisy o ochronie danych dają mi prawo sprzeciwu wobec przetwarzania na tej podstawie.\n\nProszę o zaprzestanie wykorzystywania moich danych do tych celów i o pisemne potwierdzenie, że tak się stało.\n\nDziękuję.",
        ),
        (
            "These countries are in the European Economic Area (EEA) but not in the EU. LinkedIn treats them the same as the EU: members were left out at first, and training on their data began on 3 November 2025.",
            "Te kraje należą do Europejskiego Obszaru Gospodarczego (EOG), ale nie do UE. LinkedIn traktuje je tak samo jak UE: użytkownicy z tych krajów byli początkowo pominięci, a trenowanie na ich danych zaczęło się 3 listopada 2025.",
            "Te kraje należą do Europejskiego Obszaru Gospodarczego (EOG), ale nie do UE. LinkedIn traktuje je tak samo jak UE: użytkownicy z tych krajów byli początkowo pominięci, a trenowanie na ich danych zaczęło się 3 listopada 2025 r.",
        ),
        (
            "LinkedIn treats Switzerland the same as the EU: Swiss members were left out in 2024, and training on their data began on 3 November 2025.",
            "LinkedIn traktuje Szwajcarię tak samo jak UE: użytkownicy ze Szwajcarii zostali pominięci w 2024 roku, a trenowanie na ich danych zaczęło się 3 listopada 2025.",
            "LinkedIn traktuje Szwajcarię tak samo jak UE: użytkownicy ze Szwajcarii zostali pominięci w 2024 roku, a trenowanie na ich danych zaczęło się 3 listopada 2025 r.",
        ),
        (
            "LinkedIn paused training on UK members' data on 20 September 2024, after the UK data protection regulator, the Information Commissioner's Office (ICO), raised concerns. On 23 September 2025 the ICO said LinkedIn would resume, with simpler opt-out settings and a longer window to object. Training on UK members' data began on 3 November 2025. UK only: LinkedIn's privacy notice also lists sharing your data with Microsoft so that Microsoft can train its own AI. The same \"Data for Generative AI Improvement\" setting controls this.",
            "LinkedIn wstrzymał trenowanie na danych użytkowników z Wielkiej Brytanii 20 września 2024, po tym jak brytyjski organ ochrony danych, Information Commissioner's Office (ICO), zgłosił zastrzeżenia. 23 września 2025 ICO poinformowało, że LinkedIn wznowi trenowanie, z prostszymi ustawieniami rezygnacji i dłuższym czasem na zgłoszenie sprzeciwu. Trenowanie na danych użytkowników z Wielkiej Brytanii zaczęło się 3 listopada 2025. Tylko w Wielkiej Brytanii: informacja o ochronie prywatności LinkedIn wymienia też udostępnianie Twoich danych firmie Microsoft, aby Microsoft mógł trenować własną AI. Steruje tym to samo ustawienie „Data for Generative AI Improvement”.",
            "LinkedIn wstrzymał trenowanie na danych użytkowników z Wielkiej Brytanii 20 września 2024 r., po tym jak brytyjski organ ochrony danych, Information Commissioner's Office (ICO), zgłosił zastrzeżenia. 23 września 2025 r. ICO poinformowało, że LinkedIn wznowi trenowanie, z prostszymi ustawieniami pozwalającymi je wyłączyć i dłuższym czasem na zgłoszenie sprzeciwu. Trenowanie na danych użytkowników z Wielkiej Brytanii zaczęło się 3 listopada 2025 r. Tylko w Wielkiej Brytanii: informacja o ochronie prywatności LinkedIn wymienia też udostępnianie Twoich danych firmie Microsoft, aby Microsoft mógł trenować własną AI. Steruje tym to samo ustawienie „Data for Generative AI Improvement”.",
        ),
        (
            "Training on Canadian members' data began on 3 November 2025, according to 2025 press reports. One 2024 article named Canada among the countries whose members were opted in from 2024, so the earlier date may apply; our editors are checking.",
            "Trenowanie na danych użytkowników z Kanady zaczęło się 3 listopada 2025 – według doniesień prasowych z 2025 roku. Jeden artykuł z 2024 roku wymieniał Kanadę wśród krajów, których użytkownicy zostali automatycznie włączeni do trenowania od 2024 roku, więc może obowiązywać wcześniejsza data; nasza redakcja to sprawdza.",
            "Trenowanie na danych użytkowników z Kanady zaczęło się 3 listopada 2025 r. – według doniesień prasowych z 2025 roku. Jeden artykuł z 2024 roku wymieniał Kanadę wśród krajów, których użytkownicy zostali automatycznie włączeni do trenowania od 2024 roku, więc może obowiązywać wcześniejsza data; nasza redakcja to sprawdza.",
        ),
        (
            "Training on Hong Kong members' data began on 3 November 2025. This comes from press reports.",
            "Trenowanie na danych użytkowników z Hongkongu zaczęło się 3 listopada 2025. Ta informacja pochodzi z doniesień prasowych.",
            "Trenowanie na danych użytkowników z Hongkongu zaczęło się 3 listopada 2025 r. Ta informacja pochodzi z doniesień prasowych.",
        ),
        (
            "Opting out only works from then on: data already used for training stays in the models.",
            "Rezygnacja działa tylko na przyszłość: dane już wykorzystane do trenowania pozostają w modelach.",
            "Wyłączenie ustawienia działa tylko na przyszłość: dane już wykorzystane do trenowania pozostają w modelach.",
        ),
        (
            "You can still use LinkedIn's AI features after you opt out.",
            "Po rezygnacji nadal możesz korzystać z funkcji AI w serwisie LinkedIn.",
            "Po wyłączeniu ustawienia nadal możesz korzystać z funkcji AI w serwisie LinkedIn.",
        ),
        (
            "Opting out only stops your data being used to train the models.",
            "Rezygnacja sprawia jedynie, że Twoje dane przestają być wykorzystywane do trenowania modeli.",
            "Wyłączenie ustawienia sprawia jedynie, że Twoje dane przestają być wykorzystywane do trenowania modeli.",
        ),
        (
            "You do not have to agree first: you have to opt out.",
            "Nie musisz wcześniej wyrażać zgody: to Ty musisz zrezygnować.",
            "Nie musisz wcześniej wyrażać zgody: to Ty musisz wyłączyć ustawienie.",
        ),
        (
            "Can I still use LinkedIn's AI features after I opt out?",
            "Czy po rezygnacji nadal mogę korzystać z funkcji AI w serwisie LinkedIn?",
            "Czy po wyłączeniu ustawienia nadal mogę korzystać z funkcji AI w serwisie LinkedIn?",
        ),
        (
            "Yes. LinkedIn says members who opt out can still use its AI features.",
            "Tak. LinkedIn podaje, że użytkownicy, którzy zrezygnują, nadal mogą korzystać z jego funkcji AI.",
            "Tak. LinkedIn podaje, że użytkownicy, którzy wyłączą ustawienie, nadal mogą korzystać z jego funkcji AI.",
        ),
        (
            "Since 3 November 2025, LinkedIn shares some data with Microsoft for personalised ads in the United States and most other countries, but not in the EU, Iceland, Liechtenstein, Norway, Switzerland or the UK. It has its own setting. In the UK, LinkedIn's notice also lists sharing data with Microsoft for Microsoft's own AI training, controlled by the same setting as LinkedIn's AI training.",
            "Od 3 listopada 2025 LinkedIn udostępnia część danych firmie Microsoft w celu wyświetlania spersonalizowanych reklam w Stanach Zjednoczonych i w większości innych krajów, ale nie w UE, Islandii, Liechtensteinie, Norwegii, Szwajcarii ani Wielkiej Brytanii. Steruje tym osobne ustawienie. W Wielkiej Brytanii informacja o ochronie prywatności LinkedIn wymienia też udostępnianie danych firmie Microsoft do trenowania własnej AI firmy Microsoft; steruje tym to samo ustawienie, które dotyczy trenowania AI przez LinkedIn.",
            "Od 3 listopada 2025 r. LinkedIn udostępnia część danych firmie Microsoft w celu wyświetlania spersonalizowanych reklam w Stanach Zjednoczonych i w większości innych krajów, ale nie w UE, Islandii, Liechtensteinie, Norwegii, Szwajcarii ani Wielkiej Brytanii. Steruje tym osobne ustawienie. W Wielkiej Brytanii informacja o ochronie prywatności LinkedIn wymienia też udostępnianie danych firmie Microsoft do trenowania własnej AI firmy Microsoft; steruje tym to samo ustawienie, które dotyczy trenowania AI przez LinkedIn.",
        ),
        (
            "LinkedIn announced that from 3 November 2025 it would train AI on data from members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, unless they opt out. At the time, a LinkedIn help page said that data from members in the EEA, Switzerland and the UK would not be made available to affiliates such as Microsoft for training AI models \"without further notice\". LinkedIn's later privacy notice does list, for the UK, sharing data with Microsoft so that Microsoft can train its own AI.",
            "LinkedIn ogłosił, że od 3 listopada 2025 będzie trenować AI na danych użytkowników z UE, Islandii, Liechtensteinu, Norwegii, Szwajcarii, Wielkiej Brytanii, Kanady i Hongkongu, chyba że zrezygnują. Jedna ze stron pomocy LinkedIn podawała wtedy, że dane użytkowników z EOG, Szwajcarii i Wielkiej Brytanii nie będą udostępniane podmiotom powiązanym, takim jak Microsoft, do trenowania modeli AI „bez dalszego powiadomienia”. Późniejsza informacja o ochronie prywatności LinkedIn wymienia jednak, w przypadku Wielkiej Brytanii, udostępnianie danych firmie Microsoft, aby Microsoft mógł trenować własną AI.",
            "LinkedIn ogłosił, że od 3 listopada 2025 r. będzie trenować AI na danych użytkowników z UE, Islandii, Liechtensteinu, Norwegii, Szwajcarii, Wielkiej Brytanii, Kanady i Hongkongu, chyba że zgłoszą sprzeciw. Jedna ze stron pomocy LinkedIn podawała wtedy, że dane użytkowników z EOG, Szwajcarii i Wielkiej Brytanii nie będą udostępniane podmiotom powiązanym, takim jak Microsoft, do trenowania modeli AI „bez dalszego powiadomienia”. Późniejsza informacja o ochronie prywatności LinkedIn wymienia jednak, w przypadku Wielkiej Brytanii, udostępnianie danych firmie Microsoft, aby Microsoft mógł trenować własną AI.",
        ),
        (
            "The ICO said LinkedIn would resume training its AI on UK members' data, with simpler opt-out settings and a longer window for members to object.",
            "ICO poinformowało, że LinkedIn wznowi trenowanie swojej AI na danych użytkowników z Wielkiej Brytanii, z prostszymi ustawieniami rezygnacji i dłuższym czasem na zgłoszenie sprzeciwu przez użytkowników.",
            "ICO poinformowało, że LinkedIn wznowi trenowanie swojej AI na danych użytkowników z Wielkiej Brytanii, z prostszymi ustawieniami pozwalającymi je wyłączyć i dłuższym czasem na zgłoszenie sprzeciwu przez użytkowników.",
        ),
        (
            "Job applications linked to you",
            "Aplikacje o pracę powiązane z Tobą",
            "Zgłoszenia rekrutacyjne powiązane z Tobą",
        ),
        (
            "Data from job applications that can be traced back to you is not used.",
            "Dane z aplikacji o pracę, które można powiązać z Tobą, nie są wykorzystywane.",
            "Dane ze zgłoszeń rekrutacyjnych, które można powiązać z Tobą, nie są wykorzystywane.",
        ),
        (
            "Since 3 November 2025 LinkedIn shares some member data with Microsoft so that Microsoft can show you more personalised ads. This is a separate setting: switching off \"Data for Generative AI Improvement\" does not stop it. It applies in the US and most other countries, but not in the EU, Iceland, Liechtenstein, Norway, Switzerland or the UK. Also check \"Ads outside of LinkedIn\". In the US, LinkedIn honours a Global Privacy Control (GPC) signal sent by your browser. The setting's exact name has not been confirmed yet.",
            "Od 3 listopada 2025 LinkedIn udostępnia część danych użytkowników firmie Microsoft, aby Microsoft mógł wyświetlać Ci bardziej spersonalizowane reklamy. To osobne ustawienie: wyłączenie „Data for Generative AI Improvement” tego nie zatrzymuje. Dotyczy to USA i większości innych krajów, ale nie UE, Islandii, Liechtensteinu, Norwegii, Szwajcarii ani Wielkiej Brytanii. Sprawdź też „Ads outside of LinkedIn”. W USA LinkedIn respektuje sygnał Global Privacy Control (GPC) wysyłany przez Twoją przeglądarkę. Dokładna nazwa tego ustawienia nie została jeszcze potwierdzona.",
            "Od 3 listopada 2025 r. LinkedIn udostępnia część danych użytkowników firmie Microsoft, aby Microsoft mógł wyświetlać Ci bardziej spersonalizowane reklamy. To osobne ustawienie: wyłączenie „Data for Generative AI Improvement” tego nie zatrzymuje. Dotyczy to USA i większości innych krajów, ale nie UE, Islandii, Liechtensteinu, Norwegii, Szwajcarii ani Wielkiej Brytanii. Sprawdź też „Ads outside of LinkedIn”. W USA LinkedIn respektuje sygnał Global Privacy Control (GPC) wysyłany przez Twoją przeglądarkę. Dokładna nazwa tego ustawienia nie została jeszcze potwierdzona.",
        ),
    ],
    "zh-hant": [
        (
            "Legitimate interest",
            "正當權益",
            "正當利益",
        ),
        (
            "Hello,\n\nI object to LinkedIn using my personal data to train generative AI models, and to its use of my data for other AI and machine-learning purposes. LinkedIn says it relies on legitimate interest for this, and data protection law gives me the right to object to processing on that basis.\n\nPlease stop using my data for these purposes and confirm to me in writing that you have done so.\n\nThank you.",
            "您好：\n\n我反對LinkedIn使用我的個人資料訓練生成式人工智能模型，亦反對LinkedIn將我的資料用於其他人工智能及機器學習用途。LinkedIn表示，它以正當權益作為這些處理的依據；而資料保障法例賦予我反對權，讓我可以反對基於此依據進行的處理。\n\n請停止將我的資料用於上述用途，並以書面向我確認已經停止。\n\n謝謝。",
            "敬啟者：\n\n我反對LinkedIn使用我的個人資料訓練生成式人工智能模型，亦反對LinkedIn將我的資料用於其他人工智能及機器學習用途。LinkedIn表示，它以正當利益作為這些處理的依據；而資料保障法例賦予我反對權，讓我可以反對基於此依據進行的處理。\n\n請停止將我的資料用於上述用途，並以書面向我確認已經停止。\n\n謝謝。",
        ),
        (
            "You do not have to agree first: you have to opt out.",
            "這無須您事先同意：您必須自行選擇退出。",
            "LinkedIn不會先徵求您的同意：您必須自行選擇退出。",
        ),
        (
            "In Europe, LinkedIn relies on \"legitimate interest\" as its legal reason, so you have the right to object.",
            "在歐洲，LinkedIn以「正當權益」作為法律理由，因此您享有反對權。",
            "在歐洲，LinkedIn以「正當利益」作為法律理由，因此您享有反對權。",
        ),
        (
            "Legitimate interest lets a company use your data without asking you first. In return, data protection law (the GDPR) gives you the right to object to that use.",
            "正當權益讓公司可以在沒有事先詢問您的情況下使用您的資料。作為平衡，資料保障法例，即《通用數據保障條例》（GDPR），賦予您反對權，讓您可以反對這種使用。",
            "正當利益讓公司可以在沒有事先詢問您的情況下使用您的資料。作為平衡，資料保障法例，即《通用數據保障條例》（GDPR），賦予您反對權，讓您可以反對這種使用。",
        ),
        (
            "LinkedIn started training AI on data from members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, relying on legitimate interest. The same day, LinkedIn began sharing data with Microsoft for personalised ads in the US and most other countries (not the EU, Iceland, Liechtenstein, Norway, Switzerland or the UK). A separate setting controls the ads sharing.",
            "LinkedIn以正當權益為依據，開始以歐盟、冰島、列支敦士登、挪威、瑞士、英國、加拿大及香港會員的資料訓練人工智能。同日，LinkedIn開始在美國及大部分其他國家與Microsoft分享資料，用於個人化廣告（歐盟、冰島、列支敦士登、挪威、瑞士及英國除外）。這項廣告資料分享由另一個設定控制。",
            "LinkedIn以正當利益為依據，開始以歐盟、冰島、列支敦士登、挪威、瑞士、英國、加拿大及香港會員的資料訓練人工智能。同日，LinkedIn開始在美國及大部分其他國家與Microsoft分享資料，用於個人化廣告（歐盟、冰島、列支敦士登、挪威、瑞士及英國除外）。這項廣告資料分享由另一個設定控制。",
        ),
        (
            "A report says it is at the bottom of the screen.",
            "有報道指它位於屏幕底部。",
            "有報道指它位於螢幕底部。",
        ),
        (
            "Look for \"Data research\" and open it.",
            "找出「Data research」並將其開啟。",
            "找出「Data research」並點選進入。",
        ),
    ],
}


def forwards(apps, schema_editor):
    by_english = {}
    for language, rows in CORRECTIONS.items():
        for english, old, new in rows:
            by_english.setdefault(english, []).append((language, old, new))
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("policies", model_name)
        for field in fields:
            matching = model.objects.filter(**{f"{field}_en__in": list(by_english)})
            for obj in matching:
                for language, old, new in by_english[getattr(obj, f"{field}_en")]:
                    objects = model.objects.filter(pk=obj.pk)
                    correct_translation(
                        apps, model_name, objects, field, language, old, new, COMMENT
                    )


class Migration(migrations.Migration):
    dependencies = [("policies", "0011_fact_check_corrections")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
