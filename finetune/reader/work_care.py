"""Word lists of the caring professions: health, therapy, social work, teaching and libraries."""

from __future__ import annotations

from finetune.reader.occupation import Profession, profession

CARE: tuple[Profession, ...] = (
    profession(
        "nurse",
        roles="Staff Nurse|Senior Staff Nurse|Clinical Nurse Manager|Advanced Nurse Practitioner",
        employers=(
            "{city} General Hospital|St {saint}'s Hospital|{city} University Hospital|"
            "{family} Community Health Centre"
        ),
        studies="BSc:Nursing|MSc:Advanced Nursing Practice|PhD:Nursing Science",
        skills=(
            "wound care|triage|patient education|IV cannulation|palliative care|electronic health records|"
            "infection control|medication safety"
        ),
        licences=(
            "Registered General Nurse licence @ {country} Nursing and Midwifery Board|"
            "Advanced Life Support (ALS) @ {country} Resuscitation Council|"
            "Nurse Prescribing Certificate @ {city} School of Nursing"
        ),
        duties=(
            "lead/led a team of <{n} nurses> on a {n2}-bed surgical ward|"
            "coordinate/coordinated discharge planning for <{k} patients> a year|"
            "train/trained <{n} student nurses> each rotation|"
            "run/ran the nurse-led wound clinic, seeing <{n2} patients> a week"
        ),
        projects=(
            "Falls Watch: introduced hourly rounding on two wards and cut falls by <{pct}>|"
            "Night Shift Handover: redesigned the handover sheet, saving <{n} minutes> per shift"
        ),
        works=(
            "Hourly rounding and falls on a {n2}-bed surgical ward @ Journal of Clinical Nursing|"
            "What night shifts teach new nurses @ talk:{country} Nursing Conference"
        ),
        awards="{city} Nurse of the Year award|Excellence in Patient Care award of {city} General Hospital",
        theses=(
            "Fatigue and medication errors in twelve-hour nursing shifts|"
            "Nurse-led discharge and readmission in older adults"
        ),
        focus="surgical nursing and patient safety|wound care and patient education",
        goals=(
            "become an advanced nurse practitioner in emergency care|"
            "set up a nurse-led clinic for older patients in {city}"
        ),
        opinions=(
            "nurse staffing @ safe staffing ratios should be set in law|"
            "twelve-hour shifts @ twelve-hour shifts hurt patient safety more than rotas admit"
        ),
    ),
    profession(
        "midwife",
        roles="Staff Midwife|Senior Midwife|Community Midwife|Midwifery Team Leader",
        employers="{city} Maternity Hospital|{city} Women's and Children's Hospital|{family} Birth Centre",
        studies="BMid:Midwifery|MSc:Maternal and Child Health",
        skills=(
            "antenatal care|water birth|neonatal resuscitation|breastfeeding support|fetal monitoring|"
            "perinatal mental health"
        ),
        licences=(
            "Midwife registration @ {country} Nursing and Midwifery Board|"
            "Neonatal Life Support @ {country} Resuscitation Council"
        ),
        duties=(
            "attend/attended <{k} births> a year as part of a team of {n}|"
            "run/ran antenatal classes for <{n2} families> a month|lead/led a caseload team of <{n} midwives>"
        ),
        projects=(
            "Home From Home: set up a midwife-led birthing room that now hosts <{pct}> of low-risk births|"
            "Text a Midwife: launched an evening text line answering <{k} questions> in its first year"
        ),
        works=(
            "Continuity of carer in a rural maternity unit @ Midwifery Today|"
            "Listening to fathers in the labour ward @ talk:{country} Midwifery Forum"
        ),
        awards=(
            "Midwife of the Year award of the {city} Health Board|{country} Maternity Care Innovation prize"
        ),
        focus="continuity of care and home births|perinatal mental health",
        goals="open a midwife-led birth centre in {city}|train as a lactation consultant",
        opinions=(
            "home births @ low-risk women should be offered a home birth by default|"
            "continuity of care @ every woman deserves to know her midwife before labour"
        ),
    ),
    profession(
        "pharmacist",
        roles="Pharmacist|Senior Pharmacist|Pharmacy Manager|Chief Pharmacist",
        employers=(
            "{family} Pharmacy|{city} Community Pharmacy|{city} University Hospital Pharmacy|"
            "{word} Pharma {suffix}"
        ),
        studies="BPharm:Pharmacy|MSc:Clinical Pharmacy|PhD:Pharmacology",
        skills=(
            "medication review|dispensing|antimicrobial stewardship|vaccinations|compounding|"
            "pharmacovigilance|patient counselling"
        ),
        licences=(
            "Pharmacist registration @ {country} Pharmaceutical Society|"
            "Independent Prescriber qualification @ {city} School of Pharmacy"
        ),
        duties=(
            "dispense/dispensed <{k} prescriptions> a week|"
            "run/ran a flu vaccination clinic that reached <{k} people>|"
            "supervise/supervised <{n} pharmacy technicians>"
        ),
        projects=(
            "Pill Check: reviewed polypharmacy in care homes and stopped <{pct}> of unnecessary medicines|"
            "Night Pharmacy Rota: organised a late-night rota covering <{n} pharmacies> in {city}"
        ),
        works=(
            "Deprescribing in care homes: a {n2}-resident audit @ International Journal of Pharmacy Practice|"
            "The pharmacist as first point of care @ talk:{country} Pharmacy Congress"
        ),
        awards="{city} Community Pharmacist of the Year award|Young Pharmacist Leadership award",
        theses=(
            "Drug interactions of direct oral anticoagulants in older adults|"
            "Antibiotic prescribing patterns in primary care"
        ),
        focus="medication safety in older adults|community pharmacy and vaccination",
        goals="open my own pharmacy in {city}|specialise in oncology pharmacy",
        opinions=(
            "pharmacist prescribing @ pharmacists should prescribe for minor ailments without a doctor|"
            "medication reviews @ every patient on five medicines deserves a yearly review"
        ),
        publishes=False,
    ),
    profession(
        "general practitioner",
        roles="Junior Doctor|GP Registrar|General Practitioner|GP Partner",
        employers=(
            "{city} Family Practice|{family} Medical Centre|{city} University Hospital|{word} Health Clinic"
        ),
        studies="MBBS:Medicine|MSc:Public Health",
        skills=(
            "chronic disease management|minor surgery|paediatrics|mental health|contraception|diabetes care|"
            "telemedicine"
        ),
        licences=(
            "Medical Licence @ {country} Medical Council|"
            "Membership of the College of General Practitioners @ {country} College of General Practitioners"
        ),
        duties=(
            "see/saw about <{n2} patients> a day|lead/led the practice's diabetes clinic for <{k} patients>|"
            "supervise/supervised <{n} GP trainees>"
        ),
        projects=(
            "Same-Day Access: reorganised appointments so <{pct}> of patients are seen the day they call|"
            "Walk and Talk: started a weekly walking group with <{n2} regulars>"
        ),
        works=(
            "Social prescribing in a {city} practice @ British Journal of General Practice|"
            "Ten minutes is not enough @ talk:{country} Primary Care Conference"
        ),
        awards="{city} GP of the Year award|Primary Care Innovation award",
        focus="family medicine and chronic disease|rural general practice",
        goals="become a GP trainer|start a rural practice in the hills near {city}",
        opinions=(
            "appointment length @ GP appointments should be fifteen minutes, not ten|"
            "social prescribing @ a walking group can do more than a prescription"
        ),
    ),
    profession(
        "dentist",
        roles="Associate Dentist|Dentist|Senior Dentist|Practice Principal",
        employers="{family} Dental Practice|{city} Dental Hospital|{word} Smile Clinic",
        studies="BDS:Dental Surgery|MSc:Orthodontics",
        skills=(
            "restorative dentistry|endodontics|orthodontics|paediatric dentistry|dental implants|oral surgery"
        ),
        licences=(
            "Dentist registration @ {country} Dental Council|"
            "Implant Dentistry Certificate @ {city} Dental Hospital"
        ),
        duties=(
            "treat/treated about <{n2} patients> a week|place/placed <{n2} implants> a year|"
            "run/ran a school screening programme for <{k} children>"
        ),
        projects=(
            "Smile Bus: took a mobile clinic to <{n} villages> around {city}|"
            "Sugar Audit: cut fillings among school children by <{pct}> in three years"
        ),
        works=(
            "Fluoride varnish in primary schools @ Community Dentistry and Oral Epidemiology|"
            "Anxious patients and the first visit @ talk:{country} Dental Congress"
        ),
        awards="{city} Dentist of the Year award|Community Oral Health award",
        focus="family dentistry and implants|paediatric dentistry",
        goals="open a second practice in {city}|complete a specialist qualification in orthodontics",
        opinions=(
            "sugar tax @ a sugar tax does more for teeth than any toothpaste|"
            "dental anxiety @ most dental anxiety starts with one bad childhood visit"
        ),
    ),
    profession(
        "veterinarian",
        roles="Veterinary Surgeon|Senior Veterinarian|Clinical Director|Practice Owner",
        employers="{family} Veterinary Clinic|{city} Animal Hospital|{word} Vets|{city} Equine Practice",
        studies="BVSc:Veterinary Science|MSc:Veterinary Epidemiology|PhD:Veterinary Immunology",
        skills="small animal surgery|equine medicine|herd health|ultrasound|anaesthesia|dentistry for pets",
        licences=(
            "Veterinary Surgeon registration @ {country} Veterinary Council|"
            "Certificate in Advanced Veterinary Practice @ {city} Veterinary School"
        ),
        duties=(
            "perform/performed about <{n2} operations> a month|look/looked after <{n} dairy herds>|"
            "lead/led a team of <{n} vets and nurses>"
        ),
        projects=(
            "Herd Check: set up monthly fertility visits that raised calving rates by <{pct}>|"
            "Cat Café Clinic: ran free neutering days for <{k} cats>"
        ),
        works=(
            "Lameness in pasture-based dairy herds @ Veterinary Record|"
            "Why farmers call the vet too late @ talk:{country} Veterinary Congress"
        ),
        awards="{city} Vet of the Year award|Large Animal Practice award",
        theses="Immune responses to bovine tuberculosis vaccination|Antibiotic resistance in calves",
        focus="farm animal medicine|small animal surgery",
        goals="specialise in equine surgery|open a mixed practice near {city}",
        opinions=(
            "antibiotics on farms @ antibiotics on farms should need a vet's visit every time|"
            "pet insurance @ pet insurance should be as normal as car insurance"
        ),
    ),
    profession(
        "physiotherapist",
        roles=(
            "Physiotherapist|Senior Physiotherapist|Clinical Specialist Physiotherapist|Head of Physiotherapy"
        ),
        employers=(
            "{city} Sports Clinic|{family} Physiotherapy|{city} Rehabilitation Centre|"
            "{city} University Hospital"
        ),
        studies="BSc:Physiotherapy|MSc:Sports and Exercise Medicine",
        skills="sports rehabilitation|manual therapy|post-operative rehab|pilates|dry needling|gait analysis",
        licences=(
            "Chartered Physiotherapist status @ {country} Society of Physiotherapy|"
            "Sports Trauma Certificate @ {country} Sports Institute"
        ),
        duties=(
            "treat/treated about <{n2} patients> a week|lead/led rehab for <{n} football teams>|"
            "run/ran a back-pain class of <{n} people>"
        ),
        projects=(
            "Back to Work: ran a group programme that got <{pct}> of participants back to work|"
            "Knee Clinic: set up a physio-led knee clinic that cut waiting times to <{n} weeks>"
        ),
        works=(
            "Group exercise for chronic low back pain @ Physiotherapy Journal|"
            "Running injuries in amateur marathoners @ talk:{country} Sports Medicine Conference"
        ),
        awards="{city} Sports Medicine award|Physiotherapist of the Year award",
        focus="sports rehabilitation and running injuries|post-operative rehabilitation",
        goals="work with a national team at a major championship|open a running injury clinic in {city}",
        opinions=(
            "imaging @ most back pain needs movement, not a scan|"
            "stretching @ static stretching before running is overrated"
        ),
    ),
    profession(
        "paramedic",
        roles="Emergency Medical Technician|Paramedic|Advanced Paramedic|Clinical Team Leader",
        employers="{country} Ambulance Service|{city} Emergency Medical Services|{word} Air Ambulance",
        studies="Dip:Paramedic Practice@{city} College of Emergency Care|BSc:Paramedic Science",
        skills=(
            "trauma care|advanced airway management|cardiac arrest management|major incident response|"
            "mental health crisis care"
        ),
        licences=(
            "Paramedic registration @ {country} Pre-Hospital Emergency Care Council|"
            "Pre-Hospital Trauma Life Support (PHTLS) @ {country} Trauma Society"
        ),
        duties=(
            "respond/responded to <{k} calls> a year|lead/led a crew of <{n} paramedics> on night shifts|"
            "mentor/mentored <{n} student paramedics>"
        ),
        projects=(
            "Community First Responders: trained <{n2} volunteers> in CPR around {city}|"
            "Defib Map: mapped <{n2} public defibrillators> for the control room"
        ),
        works=(
            "Bystander CPR in rural villages @ Resuscitation|"
            "Twelve hours on an ambulance @ talk:{country} Emergency Care Summit"
        ),
        awards="{city} Ambulance Service Bravery award|Pre-Hospital Care Excellence award",
        focus="pre-hospital emergency care|trauma and cardiac arrest",
        goals="join the air ambulance as a critical care paramedic|train as an advanced paramedic",
        opinions=(
            "CPR in schools @ every school leaver should know CPR|"
            "ambulance queues @ ambulances queuing at hospitals is a hospital problem"
        ),
    ),
    profession(
        "psychologist",
        roles=(
            "Assistant Psychologist|Clinical Psychologist|Senior Clinical Psychologist|Principal Psychologist"
        ),
        employers=(
            "{city} Mental Health Service|{family} Psychology Practice|{city} Children's Hospital|"
            "{word} Wellbeing Centre"
        ),
        studies="BA:Psychology|MSc:Clinical Psychology|PhD:Clinical Psychology",
        skills=(
            "cognitive behavioural therapy|trauma-focused therapy|psychometric assessment|group therapy|"
            "child and adolescent mental health|supervision"
        ),
        licences=(
            "Psychologist registration @ {country} Psychological Society|"
            "EMDR Practitioner accreditation @ EMDR Europe"
        ),
        duties=(
            "see/saw about <{n2} clients> a week|run/ran anxiety groups for <{n} teenagers> at a time|"
            "supervise/supervised <{n} trainee psychologists>"
        ),
        projects=(
            "Exam Stress Toolkit: wrote a school programme used by <{n2} schools>|"
            "Waiting Well: offered group sessions that cut the waiting list by <{pct}>"
        ),
        works=(
            "Group CBT for adolescent anxiety @ Journal of Anxiety Disorders|"
            "Why therapy waiting lists grow @ talk:{country} Psychology Conference"
        ),
        awards="{city} Mental Health Champion award|Early Career Psychologist award",
        theses="Rumination and sleep in adolescent depression|Attachment and resilience in refugee children",
        focus="child and adolescent mental health|anxiety and trauma",
        goals="open a low-cost therapy practice in {city}|train as a family therapist",
        opinions=(
            "school counsellors @ every secondary school needs a full-time counsellor|"
            "online therapy @ online therapy works as well as the room for most anxiety"
        ),
    ),
    profession(
        "social worker",
        roles="Social Worker|Senior Social Worker|Team Manager|Principal Social Worker",
        employers="{city} City Council|{city} Family Services|{family} Foundation|{word} Housing Trust",
        studies="BSW:Social Work|MSW:Social Work",
        skills=(
            "child protection|safeguarding|case management|family group conferencing|"
            "motivational interviewing|court reports"
        ),
        licences=(
            "Social Worker registration @ {country} Social Care Council|"
            "Best Interests Assessor qualification @ {city} University"
        ),
        duties=(
            "manage/managed a caseload of <{n} families>|chair/chaired about <{n2} case conferences> a year|"
            "lead/led a team of <{n} social workers>"
        ),
        projects=(
            "Kinship Carers Network: started a support group for <{n2} kinship carers>|"
            "Youth Housing Pathway: helped <{k} young people> leaving care find a home"
        ),
        works=(
            "Family group conferences in child protection @ British Journal of Social Work|"
            "Burnout and caseloads @ talk:{country} Social Work Conference"
        ),
        awards="{city} Social Worker of the Year award|Child Protection Practice award",
        focus="child protection and family support|housing and young people leaving care",
        goals="become a principal social worker|set up a family support service in {city}",
        opinions=(
            "caseloads @ no social worker should carry more than fifteen families|"
            "care leavers @ care leavers should have support until the age of twenty-five"
        ),
    ),
    profession(
        "teacher",
        roles="Teacher|Class Teacher|Head of Department|Deputy Head Teacher",
        employers=(
            "{city} Primary School|{family} Academy|{city} Community College|St {saint}'s Secondary School"
        ),
        studies="BEd:Primary Education|BA:English Literature|MA:Education",
        skills=(
            "lesson planning|classroom management|special educational needs|phonics|curriculum design|"
            "parent communication|mathematics teaching"
        ),
        licences=(
            "Qualified Teacher Status @ {country} Teaching Council|"
            "Special Educational Needs Coordinator Certificate @ {city} University"
        ),
        duties=(
            "teach/taught a class of <{n2} pupils>|run/ran the school's reading programme for <{k} pupils>|"
            "mentor/mentored <{n} newly qualified teachers>"
        ),
        projects=(
            "Reading Buddies: paired older and younger pupils and reading scores rose by <{pct}>|"
            "School Garden: built a vegetable garden that now feeds <{n2} families>"
        ),
        works=(
            "Reading for pleasure in a {city} primary school @ Literacy|"
            "Phones out of the classroom @ talk:{country} Education Festival"
        ),
        awards="{city} Teacher of the Year award|Inspiring Educator award",
        focus="primary literacy and reading for pleasure|maths and special educational needs",
        goals="become a head teacher|write a children's book",
        opinions=(
            "phones in school @ phones should stay in lockers during the school day|"
            "homework @ primary school children should have no homework"
        ),
    ),
    profession(
        "librarian",
        roles="Library Assistant|Librarian|Senior Librarian|Head of Library Services",
        employers=(
            "{city} Central Library|{city} University Library|{family} Memorial Library|{city} City Archives"
        ),
        studies="BA:History|MLIS:Library and Information Science",
        skills=(
            "cataloguing|digital archives|information literacy|reader development|metadata|"
            "community outreach|rare books"
        ),
        licences=(
            "Chartered Librarian status @ {country} Library Association|"
            "Digital Preservation Certificate @ {city} University"
        ),
        duties=(
            "manage/managed a collection of <{k} items>|run/ran weekly story times for <{n2} children>|"
            "lead/led a team of <{n} library staff>"
        ),
        projects=(
            "Library of Things: started lending <{n2} tools and instruments> alongside books|"
            "Oral Histories: recorded <{n2} interviews> with older residents of {city}"
        ),
        works=(
            "Lending tools: a library of things in {city} @ Public Library Quarterly|"
            "What readers ask librarians @ talk:{country} Library Conference"
        ),
        awards="{city} Library Innovation award|Reader Development prize",
        focus="community libraries and digital archives|reader development",
        goals="digitise the city's newspaper archive|open a library branch in every district of {city}",
        opinions=(
            "library fines @ library fines should be abolished|"
            "e-books @ libraries should pay the same for e-books as for paper"
        ),
    ),
    profession(
        "occupational therapist",
        roles="Occupational Therapist|Senior Occupational Therapist|Clinical Lead Occupational Therapist",
        employers="{city} Rehabilitation Hospital|{city} Community Care Services|{family} Therapy Centre",
        studies="BSc:Occupational Therapy|MSc:Neurological Rehabilitation",
        skills=(
            "home assessments|hand therapy|stroke rehabilitation|assistive technology|sensory integration|"
            "falls prevention"
        ),
        licences=(
            "Occupational Therapist registration @ {country} Health Professions Council|"
            "Sensory Integration Certificate @ {city} University"
        ),
        duties=(
            "carry/carried out about <{n2} home assessments> a month|lead/led stroke rehab for <{n} beds>|"
            "train/trained <{n} carers> in safe moving"
        ),
        projects=(
            "Kitchen Again: ran a cooking group that helped <{n2} stroke survivors> cook at home|"
            "Smart Home Pilot: fitted sensors in <{n2} homes> to prevent falls"
        ),
        works=(
            "Cooking groups after stroke @ British Journal of Occupational Therapy|"
            "Small changes at home @ talk:{country} Occupational Therapy Conference"
        ),
        awards="{city} Allied Health Professional of the Year award|Rehabilitation Innovation award",
        focus="stroke rehabilitation|independent living and assistive technology",
        goals="lead a community rehabilitation team|specialise in hand therapy",
        opinions=(
            "home adaptations @ a grab rail fitted in time saves a hospital stay|"
            "rehabilitation @ rehabilitation should start on the first day in hospital"
        ),
    ),
)
