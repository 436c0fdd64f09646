"""The countries synthetic people live in: cities, universities, given and family names, company styles.

Every list is "|"-separated to stay compact. A family name written "Novák/Nováková" has a male and a
female form. Phone numbers and streets exist only to plant withheld details (the bait the twin must not
repeat). Place names of the project's evaluation persona are deliberately absent.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    name: str
    cities: tuple[str, ...]
    universities: tuple[str, ...]
    given_f: tuple[str, ...]
    given_m: tuple[str, ...]
    family: tuple[str, ...]
    company_suffix: str
    languages: tuple[str, ...]  # spoken natively here, most common first
    phone_code: str
    streets: tuple[str, ...]  # "{n}" is the house number
    currency: str

    def family_name(self, index: int, female: bool) -> str:
        forms = self.family[index % len(self.family)].split("/")
        return forms[-1] if female else forms[0]


def _country(
    name: str,
    cities: str,
    universities: str,
    given_f: str,
    given_m: str,
    family: str,
    suffix: str,
    languages: str,
    phone: str,
    streets: str,
    currency: str,
) -> Country:
    def items(text: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in text.split("|"))

    return Country(
        name,
        items(cities),
        items(universities),
        items(given_f),
        items(given_m),
        items(family),
        suffix,
        items(languages),
        phone,
        items(streets),
        currency,
    )


COUNTRIES: tuple[Country, ...] = (
    _country(
        "Ireland",
        "Cork|Galway|Limerick|Dublin|Waterford",
        "University College Cork|University of Galway|Trinity College Dublin|University of Limerick",
        "Siobhán|Aoife|Niamh|Gráinne|Órla|Caoimhe",
        "Ciarán|Seán|Pádraig|Eoin|Declan|Oisín",
        "O'Sullivan|Murphy|Kelly|Byrne|Fitzgerald|Walsh|McCarthy|Doyle|Ó Briain|Ní Mhurchú",
        "Ltd",
        "English|Irish",
        "353",
        "{n} Glen Road|{n} Harbour View|{n} Sunday's Well Road",
        "€",
    ),
    _country(
        "United Kingdom",
        "London|Manchester|Bristol|Leeds|Cardiff|Norwich",
        (
            "University of Manchester|King's College London|University of Bristol|Cardiff University|"
            "University of Leeds"
        ),
        "Harriet|Priya|Eleanor|Amara|Rhiannon|Imogen",
        "Oliver|Thomas|Callum|George|Samuel|Rhys",
        "Whitfield|Okafor|Patel|Hughes|Ashworth|Bennett|Clarke|Pritchard|Holloway|Reid",
        "Ltd",
        "English|Welsh",
        "44",
        "{n} Mill Lane|{n} Albion Street|Flat {n}, Carver House",
        "£",
    ),
    _country(
        "Germany",
        "München|Hamburg|Köln|Leipzig|Freiburg|Münster",
        "Ludwig-Maximilians-Universität München|Universität Hamburg|Universität zu Köln|Universität Leipzig",
        "Zoë|Lena|Anneliese|Katrin|Maren|Jördis",
        "Jörg|Matthias|Jürgen|Tobias|Lukas|Björn",
        "Müller|Schäfer|Becker|Wagner|Hoffmann|Krüger|Schröder|Neumann|Vogel|Weiß",
        "GmbH",
        "German",
        "49",
        "Lindenstraße {n}|Am Mühlbach {n}|Gartenweg {n}",
        "€",
    ),
    _country(
        "France",
        "Lyon|Toulouse|Nantes|Marseille|Lille|Rennes",
        "Université Claude Bernard Lyon 1|Université de Toulouse|Sorbonne Université|Nantes Université",
        "Amélie|Céline|Chloé|Hélène|Inès|Maëlle",
        "Théo|Étienne|Mathis|Benoît|Gaël|Loïc",
        "Lefèvre|Moreau|Girard|Dubois|Rousseau|Fournier|Chevalier|Lambert|Mercier|Bonnet",
        "SAS",
        "French",
        "33",
        "{n} rue des Tanneurs|{n} avenue Jean Jaurès|{n} place du Marché",
        "€",
    ),
    _country(
        "Spain",
        "Valencia|Sevilla|Bilbao|Zaragoza|Málaga|Granada",
        "Universidad de Sevilla|Universitat de València|Universidad de Zaragoza|Universidad del País Vasco",
        "Lucía|Begoña|Nuria|Marta|Ainhoa|Itziar",
        "Álvaro|Iñigo|Sergio|Raúl|Jesús|Íker",
        "García|Fernández|Ruiz|Etxeberria|Navarro|Jiménez|Muñoz|Ortega|Castillo|Serrano",
        "S.L.",
        "Spanish|Basque|Catalan",
        "34",
        "Calle Mayor {n}|Avenida del Puerto {n}|Plaza de la Merced {n}",
        "€",
    ),
    _country(
        "Portugal",
        "Porto|Lisboa|Coimbra|Braga|Aveiro",
        "Universidade do Porto|Universidade de Coimbra|Universidade de Lisboa|Universidade do Minho",
        "Inês|Beatriz|Leonor|Mariana|Sofia|Matilde",
        "João|Gonçalo|Tiago|Rui|Duarte|Simão",
        "Silva|Gonçalves|Magalhães|Ferreira|Carvalho|Sousa|Pereira|Rodrigues|Lopes|Antunes",
        "Lda",
        "Portuguese",
        "351",
        "Rua das Flores {n}|Travessa do Carmo {n}|Avenida da Boavista {n}",
        "€",
    ),
    _country(
        "Italy",
        "Bologna|Torino|Napoli|Firenze|Padova|Trieste",
        "Università di Bologna|Politecnico di Torino|Università di Padova|Università degli Studi di Firenze",
        "Giulia|Chiara|Federica|Ilaria|Elisa|Beatrice",
        "Niccolò|Lorenzo|Matteo|Andrea|Tommaso|Nicolò",
        "Rossi|Bianchi|Esposito|Colombo|Ricci|Marino|Greco|Bruno|Conti|De Luca",
        "S.r.l.",
        "Italian",
        "39",
        "Via Garibaldi {n}|Vicolo del Pozzo {n}|Corso Italia {n}",
        "€",
    ),
    _country(
        "Netherlands",
        "Utrecht|Rotterdam|Groningen|Eindhoven|Leiden|Nijmegen",
        (
            "Universiteit Utrecht|Rijksuniversiteit Groningen|Technische Universiteit Eindhoven|"
            "Universiteit Leiden"
        ),
        "Sanne|Femke|Anouk|Lotte|Ilse|Maaike",
        "Daan|Joost|Bram|Sven|Thijs|Ruud",
        "de Vries|van Dijk|Bakker|Visser|Smit|Mulder|de Jong|Jansen|van den Berg|Meijer",
        "B.V.",
        "Dutch|Frisian",
        "31",
        "Oudegracht {n}|Lindenlaan {n}|Kerkstraat {n}",
        "€",
    ),
    _country(
        "Sweden",
        "Göteborg|Malmö|Uppsala|Umeå|Linköping",
        "Uppsala universitet|Lunds universitet|Göteborgs universitet|Umeå universitet",
        "Åsa|Linnéa|Ingrid|Elin|Signe|Maja",
        "Björn|Måns|Olle|Gustav|Nils|Pär",
        "Andersson|Berglund|Sjöberg|Nyström|Åberg|Holm|Ekström|Lundgren|Forsberg|Wikström",
        "AB",
        "Swedish",
        "46",
        "Storgatan {n}|Björkvägen {n}|Kvarngatan {n}",
        "kr",
    ),
    _country(
        "Norway",
        "Bergen|Trondheim|Tromsø|Stavanger|Bodø",
        "Universitetet i Bergen|NTNU|UiT The Arctic University of Norway|Universitetet i Stavanger",
        "Ingvild|Solveig|Kari|Ragnhild|Tuva|Sigrid",
        "Håkon|Øystein|Eirik|Sindre|Jørgen|Are",
        "Hansen|Johansen|Haugen|Solberg|Bakke|Dahl|Strand|Løken|Moen|Aasen",
        "AS",
        "Norwegian",
        "47",
        "Strandgaten {n}|Fjellveien {n}|Kirkegata {n}",
        "kr",
    ),
    _country(
        "Finland",
        "Tampere|Turku|Oulu|Jyväskylä|Kuopio",
        "Tampere University|University of Turku|University of Oulu|University of Jyväskylä",
        "Aino|Sanna|Helmi|Riikka|Kaisa|Siiri",
        "Mikko|Jussi|Väinö|Ville|Eero|Juho",
        "Virtanen|Mäkinen|Nieminen|Heikkinen|Koskinen|Järvinen|Lehtonen|Salonen|Hämäläinen|Laine",
        "Oy",
        "Finnish|Swedish",
        "358",
        "Rantakatu {n}|Koivutie {n}|Kauppakatu {n}",
        "€",
    ),
    _country(
        "Poland",
        "Kraków|Wrocław|Gdańsk|Poznań|Łódź",
        "Uniwersytet Jagielloński|Politechnika Wrocławska|Uniwersytet Gdański|Uniwersytet Łódzki",
        "Agnieszka|Małgorzata|Zofia|Katarzyna|Joanna|Jadwiga",
        "Paweł|Krzysztof|Łukasz|Michał|Wojciech|Bartosz",
        "Nowak|Wójcik|Mazur|Krawczyk|Kaczmarek|Zając|Król|Wieczorek|Kowalski/Kowalska|Jabłoński/Jabłońska",
        "Sp. z o.o.",
        "Polish",
        "48",
        "ul. Długa {n}|ul. Ogrodowa {n}|ul. Lipowa {n}",
        "zł",
    ),
    _country(
        "Czech Republic",
        "Brno|Ostrava|Olomouc|Plzeň|Liberec",
        "Masarykova univerzita|Univerzita Karlova|České vysoké učení technické v Praze|Univerzita Palackého",
        "Tereza|Kateřina|Lucie|Barbora|Zuzana|Markéta",
        "Jiří|Tomáš|Ondřej|Jakub|Vojtěch|Lukáš",
        "Novák/Nováková|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá",
        "s.r.o.",
        "Czech",
        "420",
        "Masarykova {n}|Nádražní {n}|Zahradní {n}",
        "Kč",
    ),
    _country(
        "Greece",
        "Thessaloniki|Patras|Heraklion|Volos|Ioannina",
        (
            "Aristotle University of Thessaloniki|University of Patras|University of Crete|"
            "National Technical University of Athens"
        ),
        "Eleni|Katerina|Sofia|Despina|Vasiliki|Ioanna",
        "Giorgos|Dimitris|Nikos|Kostas|Yannis|Stavros",
        (
            "Papadopoulos/Papadopoulou|Georgiou|Nikolaidis/Nikolaidou|Karagiannis/Karagianni|Oikonomou|"
            "Vlachos/Vlachou"
        ),
        "S.A.",
        "Greek",
        "30",
        "Odos Egnatia {n}|Odos Ermou {n}|Odos Mitropoleos {n}",
        "€",
    ),
    _country(
        "Turkey",
        "İzmir|Ankara|Bursa|Antalya|Eskişehir",
        "Boğaziçi Üniversitesi|Orta Doğu Teknik Üniversitesi|Ege Üniversitesi|Hacettepe Üniversitesi",
        "Elif|Zeynep|Ayşe|Selin|Deniz|Gülşen",
        "Mehmet|Can|Emre|Burak|Oğuz|Barış",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Kılıç",
        "A.Ş.",
        "Turkish|Kurdish",
        "90",
        "Kordon Sokak No. {n}|Atatürk Caddesi No. {n}|Lale Sokak No. {n}",
        "₺",
    ),
    _country(
        "Brazil",
        "Recife|Curitiba|Salvador|Belo Horizonte|Porto Alegre|Florianópolis",
        (
            "Universidade de São Paulo|Universidade Federal de Minas Gerais|"
            "Universidade Federal de Pernambuco|Unicamp"
        ),
        "Luíza|Fernanda|Letícia|Júlia|Ana Clara|Thaís",
        "João|Thiago|Caio|Rafael|Bruno|Vinícius",
        "Oliveira|Santos|Souza|Lima|Araújo|Cavalcanti|Barbosa|Ribeiro|Moreira|Nascimento",
        "Ltda.",
        "Portuguese",
        "55",
        "Rua do Bom Jesus {n}|Avenida Beira-Mar {n}|Rua dos Andradas {n}",
        "R$",
    ),
    _country(
        "Mexico",
        "Guadalajara|Monterrey|Puebla|Mérida|Oaxaca|Querétaro",
        "Universidad Nacional Autónoma de México|Tecnológico de Monterrey|Universidad de Guadalajara|BUAP",
        "Ximena|Guadalupe|Mariana|Renata|Citlali|Itzel",
        "Joaquín|Andrés|Emiliano|Diego|Ramón|Tonatiuh",
        "Hernández|López|Martínez|González|Ramírez|Cruz|Morales|Reyes|Gutiérrez|Vázquez",
        "S.A. de C.V.",
        "Spanish|Nahuatl",
        "52",
        "Calle Hidalgo {n}|Avenida Juárez {n}|Calle de los Arcos {n}",
        "MX$",
    ),
    _country(
        "Argentina",
        "Córdoba|Rosario|Mendoza|La Plata|Salta",
        (
            "Universidad de Buenos Aires|Universidad Nacional de Córdoba|Universidad Nacional de La Plata|"
            "Universidad Nacional de Rosario"
        ),
        "Valentina|Florencia|Camila|Sofía|Julieta|Agustina",
        "Martín|Agustín|Nicolás|Facundo|Matías|Joaquín",
        "Fernández|Romero|Sosa|Álvarez|Benítez|Acosta|Medina|Herrera|Suárez|Giménez",
        "S.A.",
        "Spanish|Italian",
        "54",
        "Calle San Martín {n}|Avenida Colón {n}|Pasaje Belgrano {n}",
        "ARS",
    ),
    _country(
        "Canada",
        "Montréal|Vancouver|Calgary|Halifax|Ottawa|Winnipeg",
        "McGill University|University of British Columbia|Dalhousie University|University of Calgary",
        "Geneviève|Mei|Chantal|Isabelle|Aurélie|Priyanka",
        "Liam|Noah|Ethan|Owen|Raj|Mathieu",
        "Tremblay|Gagnon|Chen|MacLeod|Singh|Roy|Bouchard|Wong|Leblanc|Côté",
        "Inc.",
        "English|French",
        "1",
        "{n} Rue Saint-Denis|{n} Maple Crescent|{n} Water Street",
        "CA$",
    ),
    _country(
        "United States",
        "Chicago|Austin|Denver|Seattle|Pittsburgh|Atlanta",
        (
            "University of Michigan|Georgia Institute of Technology|University of Texas at Austin|"
            "University of Washington"
        ),
        "Jessica|Keisha|Hannah|Megan|Abigail|Rosa",
        "Marcus|Tyler|DeShawn|Carlos|Brandon|Wyatt",
        "Johnson|Williams|Rodriguez|Nguyen|Brooks|Coleman|Jackson|Foster|Sullivan|Kim",
        "LLC",
        "English|Spanish",
        "1",
        "{n} Maple Avenue|{n} W Division Street|{n} Pine Ridge Drive",
        "$",
    ),
    _country(
        "Australia",
        "Melbourne|Brisbane|Adelaide|Perth|Hobart|Newcastle",
        "University of Melbourne|University of Queensland|Monash University|University of Adelaide",
        "Chloe|Matilda|Sienna|Ruby|Isla|Harper",
        "Lachlan|Jack|Hamish|Cooper|Angus|Mitchell",
        "Thompson|Nguyen|Kelly|Harris|Mitchell|O'Brien|Walker|Taylor|Ryan|Evans",
        "Pty Ltd",
        "English|Vietnamese",
        "61",
        "{n} Wattle Street|{n} Esplanade Road|{n} Banksia Court",
        "A$",
    ),
    _country(
        "New Zealand",
        "Auckland|Wellington|Christchurch|Hamilton|Nelson",
        (
            "University of Auckland|Victoria University of Wellington|University of Canterbury|"
            "University of Waikato"
        ),
        "Aroha|Mere|Kiri|Ngaire|Olivia|Hana",
        "Tāne|Wiremu|Rāwiri|James|Nikau|Finn",
        "Ngata|Parata|Henare|Te Whata|Robinson|Paewai|Morgan|Tipene|Wallace|Hēnare",
        "Ltd",
        "English|Māori",
        "64",
        "{n} Kowhai Street|{n} Marine Parade|{n} Rata Road",
        "NZ$",
    ),
    _country(
        "India",
        "Bengaluru|Pune|Chennai|Hyderabad|Kochi|Jaipur",
        "Indian Institute of Science|IIT Madras|Savitribai Phule Pune University|Anna University",
        "Ananya|Priyanka|Kavya|Meera|Lakshmi|Divya",
        "Arjun|Rohan|Vikram|Siddharth|Aditya|Karthik",
        "Iyer|Sharma|Reddy|Nair|Menon|Gupta|Kulkarni|Rao|Banerjee|Pillai",
        "Pvt Ltd",
        "Hindi|Tamil|Malayalam|Kannada|Marathi",
        "91",
        "{n} MG Road|{n} 4th Cross, Indiranagar|{n} Temple Street",
        "₹",
    ),
    _country(
        "Japan",
        "Osaka|Kyoto|Fukuoka|Sapporo|Nagoya|Sendai",
        "Kyoto University|Osaka University|Tohoku University|Hokkaido University",
        "Yui|Sakura|Aoi|Hina|Mei|Haruka",
        "Haruto|Ren|Sōta|Kenji|Takumi|Daiki",
        "Satō|Suzuki|Takahashi|Tanaka|Watanabe|Itō|Yamamoto|Nakamura|Kobayashi|Katō",
        "K.K.",
        "Japanese",
        "81",
        "{n}-chōme Sakuragaoka|{n}-3 Nishiki-chō|{n}-12 Midori-machi",
        "¥",
    ),
    _country(
        "South Korea",
        "Busan|Daejeon|Incheon|Gwangju|Daegu",
        "Seoul National University|KAIST|Pusan National University|Yonsei University",
        "Ji-woo|Seo-yeon|Su-bin|Da-eun|Ha-eun|Yu-na",
        "Min-jun|Hyun-woo|Jae-won|Dong-hyun|Seung-ho|Tae-yang",
        "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Han|Seo",
        "Co., Ltd.",
        "Korean",
        "82",
        "{n} Haeundae-ro|{n} Daehak-ro|{n} Jungang-daero",
        "₩",
    ),
    _country(
        "Nigeria",
        "Lagos|Ibadan|Enugu|Abuja|Port Harcourt",
        "University of Lagos|University of Ibadan|Obafemi Awolowo University|University of Nigeria, Nsukka",
        "Chiamaka|Ngozi|Folake|Adaeze|Yetunde|Ifeoma",
        "Oluwaseun|Emeka|Tunde|Ikechukwu|Babajide|Chidi",
        "Okonkwo|Adeyemi|Balogun|Eze|Adebayo|Nwosu|Ogunleye|Chukwu|Afolabi|Okeke",
        "Ltd",
        "Yoruba|Igbo|Hausa",
        "234",
        "{n} Adeola Odeku Street|{n} Awolowo Road|{n} Ogui Road",
        "₦",
    ),
    _country(
        "Kenya",
        "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret",
        "University of Nairobi|Kenyatta University|Moi University|Strathmore University",
        "Wanjiru|Achieng|Njeri|Atieno|Chebet|Wairimu",
        "Otieno|Kamau|Kiprono|Mwangi|Omondi|Kipchoge",
        "Mutua|Ochieng|Wambui|Kariuki|Odhiambo|Kiptoo|Njoroge|Owino|Cheruiyot|Macharia",
        "Ltd",
        "Swahili|Kikuyu|Dholuo",
        "254",
        "{n} Ngong Road|{n} Moi Avenue|{n} Oginga Odinga Street",
        "KSh",
    ),
    _country(
        "South Africa",
        "Cape Town|Durban|Johannesburg|Stellenbosch|Gqeberha",
        (
            "University of Cape Town|Stellenbosch University|University of the Witwatersrand|"
            "University of KwaZulu-Natal"
        ),
        "Thandiwe|Lerato|Anika|Nomvula|Zanele|Refilwe",
        "Pieter|Sipho|Themba|Johan|Kagiso|Thabo",
        "Nkosi|van der Merwe|Dlamini|Botha|Mokoena|Naidoo|Khumalo|du Plessis|Pretorius|Mahlangu",
        "(Pty) Ltd",
        "isiZulu|Afrikaans|isiXhosa|Sesotho",
        "27",
        "{n} Kloof Street|{n} Florida Road|{n} Jan Smuts Avenue",
        "R",
    ),
    _country(
        "Austria",
        "Wien|Graz|Innsbruck|Salzburg|Linz",
        (
            "Universität Wien|Technische Universität Graz|Universität Innsbruck|"
            "Paris Lodron Universität Salzburg"
        ),
        "Magdalena|Theresa|Johanna|Verena|Katharina|Ursula",
        "Florian|Stefan|Maximilian|Clemens|Lorenz|Bernhard",
        "Gruber|Huber|Bauer|Pichler|Steiner|Moser|Mayr|Hofer|Leitner|Eder",
        "GmbH",
        "German",
        "43",
        "Kirchengasse {n}|Mariahilfer Straße {n}|Sonnenweg {n}",
        "€",
    ),
)

# Languages people learn besides their own, most common first.
FOREIGN_LANGUAGES = ("English", "Spanish", "French", "German", "Italian", "Portuguese", "Japanese", "Arabic")
