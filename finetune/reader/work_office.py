"""Word lists of the desk professions: law, money, design, engineering, research, writing and management."""

from __future__ import annotations

from finetune.reader.occupation import Profession, profession

OFFICE: tuple[Profession, ...] = (
    profession(
        "lawyer",
        roles="Trainee Solicitor|Associate|Senior Associate|Partner",
        employers="{family} & {family2} LLP|{family} Legal|{city} Law Centre|{word} Chambers",
        studies="LLB:Law|LLM:International Commercial Law|PhD:Law",
        skills=(
            "commercial litigation|contract drafting|employment law|mediation|legal research|negotiation|"
            "data protection law"
        ),
        licences=(
            "Bar admission @ {country} Bar Association|Mediator accreditation @ {city} Mediation Institute"
        ),
        duties=(
            "advise/advised <{n2} companies> on employment disputes|"
            "run/ran a caseload of about <{n2} litigation files>|"
            "supervise/supervised <{n} trainee solicitors>"
        ),
        projects=(
            "Free Legal Clinic: set up a Saturday clinic that advised <{k} tenants>|"
            "Contract Library: built a clause library that cut drafting time by <{pct}>"
        ),
        works=(
            "Remote work and the right to disconnect @ {country} Law Review|"
            "What tenants need to know @ talk:{city} Legal Aid Forum"
        ),
        awards="{city} Young Lawyer of the Year award|Pro Bono award of the {city} Bar",
        theses="Algorithmic decisions and employment law|Cross-border insolvency in the single market",
        focus="employment law and litigation|commercial contracts",
        goals="make partner by {year2}|set up a legal aid practice for tenants",
        opinions=(
            "legal aid @ legal aid should cover every eviction case|"
            "billable hours @ billable hours reward slow work"
        ),
    ),
    profession(
        "accountant",
        roles="Audit Trainee|Accountant|Senior Accountant|Finance Director",
        employers=(
            "{family} & Partners Chartered Accountants|{word} Audit {suffix}|"
            "{city} City Council Finance Department|{word} Group {suffix}"
        ),
        studies="BA:Accounting and Finance|MSc:Finance|MBA:Business Administration",
        skills=(
            "financial reporting|auditing|tax returns|IFRS|budgeting|Excel modelling|payroll|"
            "management accounts"
        ),
        licences=(
            "Chartered Accountant qualification @ {country} Institute of Chartered Accountants|"
            "Certified Internal Auditor (CIA) certification @ Institute of Internal Auditors"
        ),
        duties=(
            "audit/audited about <{n2} clients> a year|"
            "close/closed the monthly books for a {cur}<{dec} million> business|"
            "manage/managed a team of <{n} accountants>"
        ),
        projects=(
            "Fast Close: cut the month-end close from ten days to <{n} days>|"
            "Charity Accounts Clinic: did free accounts for <{n2} small charities>"
        ),
        works=(
            "Small charities and the cost of audit @ Accountancy Ireland|"
            "Month-end close in five days @ talk:{country} Finance Forum"
        ),
        awards="{city} Accountant of the Year award|Young Finance Professional award",
        focus="audit and financial reporting|tax for small businesses",
        goals="become a finance director|qualify as a tax adviser",
        opinions=(
            "tax returns @ most people's tax returns should be pre-filled by the state|"
            "audit @ small charities should not need a full audit"
        ),
    ),
    profession(
        "architect",
        roles="Architectural Assistant|Architect|Project Architect|Associate Director",
        employers=(
            "{family} Architects|{word} Studio|{family} + {family2} Architecture|{city} Housing Authority"
        ),
        studies="BArch:Architecture|MArch:Architecture|PhD:Architecture",
        skills=(
            "Revit|passive house design|planning applications|heritage conservation|AutoCAD|sketching|"
            "timber construction"
        ),
        licences=(
            "Architect registration @ {country} Architects Registration Board|"
            "Passive House Designer certification @ Passive House Institute"
        ),
        duties=(
            "lead/led the design of <{n2} social homes>|"
            "manage/managed projects worth up to {cur}<{dec} million>|run/ran a studio of <{n} architects>"
        ),
        projects=(
            "Harbour Library: designed a timber library of <{k} square metres> in {city}|"
            "Retrofit Street: retrofitted <{n2} terraced houses> to passive house standard"
        ),
        works=(
            "Passive house for social housing @ Architects' Journal|"
            "Timber schools @ talk:{country} Architecture Biennale"
        ),
        awards="{city} Architecture award|Young Architect of the Year award",
        theses="Daylight in dense social housing|Timber high-rise and fire safety",
        focus="timber buildings and social housing|passive house retrofit",
        goals="open my own practice in {city}|design a school entirely in timber",
        opinions=(
            "demolition @ we should retrofit far more buildings instead of demolishing them|"
            "density @ cities need more mid-rise housing, not towers"
        ),
    ),
    profession(
        "civil engineer",
        roles="Graduate Engineer|Civil Engineer|Senior Civil Engineer|Principal Engineer",
        employers=(
            "{word} Consulting Engineers|{family} Civil Engineering {suffix}|{city} Roads Authority|"
            "{country} Rail Infrastructure"
        ),
        studies="BEng:Civil Engineering|MEng:Structural Engineering|PhD:Geotechnical Engineering",
        skills=(
            "bridge design|structural analysis|geotechnics|drainage design|Eurocodes|site supervision|"
            "AutoCAD Civil 3D"
        ),
        licences=(
            "Chartered Engineer status @ {country} Institution of Engineers|"
            "Professional Engineer Licence @ {country} Engineering Council"
        ),
        duties=(
            "design/designed <{n2} bridges> for the regional road network|"
            "supervise/supervised works worth {cur}<{dec} million>|lead/led a team of <{n} engineers>"
        ),
        projects=(
            "River Footbridge: designed a {n2}-metre cable-stayed footbridge that carries <{k} people> a day|"
            "Flood Relief Scheme: protected <{k} homes> along the river in {city}"
        ),
        works=(
            "Scour at small river bridges @ Proceedings of the Institution of Civil Engineers|"
            "Designing for floods we have not seen yet @ talk:{country} Infrastructure Summit"
        ),
        awards="{city} Engineering Excellence award|Young Engineer of the Year award",
        theses="Scour around bridge piers in gravel-bed rivers|Soft clay settlement under embankments",
        focus="bridges and flood defences|structural design",
        goals="lead the design of a major bridge|become a director of the firm",
        opinions=(
            "maintenance @ we spend too little on maintaining bridges we already have|"
            "concrete @ low-carbon concrete should be required on public projects"
        ),
    ),
    profession(
        "software engineer",
        roles="Junior Software Engineer|Software Engineer|Senior Software Engineer|Engineering Manager",
        employers="{word} Labs|{word}soft {suffix}|{word} Systems {suffix}|{city} Digital Agency",
        studies="BSc:Computer Science|MSc:Software Engineering",
        skills="Python|TypeScript|Go|PostgreSQL|Kubernetes|system design|React|Rust|testing",
        licences=(
            "AWS Solutions Architect certification @ Amazon Web Services|"
            "Professional Scrum Master certification @ Scrum.org"
        ),
        duties=(
            "build/built payment services handling <{k} transactions> a day|"
            "lead/led a team of <{n} engineers>|cut/cut page load times by <{pct}>"
        ),
        projects=(
            "Bus Tracker: built an open-source bus tracker used by <{k} people> in {city}|"
            "Queue Rewrite: rewrote the job queue in Go and cut latency by <{pct}>"
        ),
        works=(
            "Boring technology for small teams @ talk:{country} Developer Conference|"
            "Testing payment systems @ talk:PyCon {country}"
        ),
        awards="{city} Tech Award for Open Source|{word} Hack first prize",
        focus="backend systems and APIs|web performance",
        goals="become a staff engineer|start a company building tools for teachers",
        opinions=(
            "microservices @ most startups should start with a monolith|"
            "code review @ code review matters more than test coverage"
        ),
    ),
    profession(
        "data analyst",
        roles="Junior Data Analyst|Data Analyst|Senior Data Analyst|Analytics Lead",
        employers=(
            "{word} Insights {suffix}|{city} Transport Authority|{word} Retail Group|"
            "{country} Statistics Office"
        ),
        studies="BSc:Statistics|MSc:Data Science",
        skills="SQL|Python|Power BI|Tableau|A/B testing|forecasting|R|dashboards",
        licences=(
            "Microsoft Power BI Data Analyst certification @ Microsoft|"
            "Google Data Analytics Certificate @ Google"
        ),
        duties=(
            "build/built dashboards used by <{n2} managers>|analyse/analysed <{k} transactions> a day|"
            "run/ran <{n2} A/B tests> a year"
        ),
        projects=(
            "Ridership Map: mapped bus ridership and moved <{n} routes> to busier streets|"
            "Churn Model: predicted customer churn with <{pct}> precision"
        ),
        works=(
            "Counting cyclists with open data @ talk:{country} Open Data Day|"
            "Dashboards nobody reads @ Significance"
        ),
        awards="{city} Open Data award|Analyst of the Year award of {word} Retail Group",
        focus="dashboards and A/B testing|transport data",
        goals="move into data science|lead an analytics team",
        opinions=(
            "dashboards @ most dashboards should be replaced by one good weekly email|"
            "open data @ public transport data should be open by default"
        ),
    ),
    profession(
        "research scientist",
        roles="Research Assistant|Postdoctoral Researcher|Research Scientist|Principal Investigator",
        employers=(
            "{city} Institute of Marine Science|{word} Biotech {suffix}|{city} Cancer Research Centre|"
            "{country} Institute of Public Health"
        ),
        studies="BSc:Biology|MSc:Molecular Biology|PhD:Microbiology",
        skills="CRISPR|cell culture|qPCR|microscopy|R|grant writing|bioinformatics|field sampling",
        licences=(
            "Animal Research Licence @ {country} Health Products Regulatory Authority|"
            "Good Clinical Practice Certificate @ {country} Clinical Research Network"
        ),
        duties=(
            "run/ran a lab of <{n} researchers>|manage/managed a research budget of {cur}<{dec} million>|"
            "sequence/sequenced <{k} samples> a year"
        ),
        projects=(
            "Harbour Microbes: sampled the harbour of {city} <{n2} times> over two years|"
            "Open Protocols: published <{n2} lab protocols> online"
        ),
        works=(
            "Antibiotic resistance genes in coastal waters @ Nature Communications|"
            "Microbes in the harbour @ talk:{country} Science Festival|"
            "Phage therapy against resistant infections @ PLOS Biology"
        ),
        awards="{country} Young Scientist award|Early Career Research prize of the {city} Academy",
        theses="Phage resistance in coastal bacteria|Biofilm formation in drinking water pipes",
        focus="microbiology and antibiotic resistance|marine microbes",
        goals="start my own lab|bring a phage therapy to a clinical trial",
        opinions=(
            "open access @ all publicly funded papers should be open access|"
            "peer review @ peer reviewers should be paid"
        ),
        publishes=True,
    ),
    profession(
        "historian",
        roles="Research Assistant|Historian|Senior Historian|Head of Research",
        employers=(
            "{city} City Museum|National Archives of {country}|{city} Historical Society|"
            "{word} Heritage Trust"
        ),
        studies="BA:History|MA:Modern History|PhD:History",
        skills=(
            "archival research|oral history|palaeography|public history|teaching|exhibition curation|Latin"
        ),
        licences=(
            "Fellowship of the Historical Association @ {country} Historical Association|"
            "Teaching in Higher Education Certificate @ {city} University"
        ),
        duties=(
            "give/gave about <{n2} public talks> a year|curate/curated <{n} exhibitions>|"
            "catalogue/catalogued <{k} letters> in the city archive|"
            "lead/led a research team of <{n} historians>"
        ),
        projects=(
            "Harbour Voices: recorded <{n2} oral histories> of dock workers|"
            "Street Names Project: traced the history of <{n2} street names> in {city}"
        ),
        works=(
            "Dock work and family life, 1880–1930 @ Journal of Social History|"
            "Reading old letters @ talk:{city} History Festival|The port and the famine @ History Ireland"
        ),
        awards="{city} Local History prize|Public History award of the {country} Historical Association",
        theses="Women in the harbour trades of {city}, 1850–1914|Famine relief and the port cities",
        focus="social history and oral history|maritime history",
        goals="write a history of the port of {city}|curate an exhibition at the national museum",
        opinions=(
            "history teaching @ local history should be taught in every school|"
            "archives @ archives should be free to use for everyone"
        ),
        publishes=True,
    ),
    profession(
        "journalist",
        roles="Reporter|Senior Reporter|Features Editor|News Editor",
        employers="{city} Evening Post|{country} Public Broadcaster|{word} Weekly|The {city} Herald",
        studies="BA:Journalism|MA:Investigative Journalism",
        skills=(
            "investigative reporting|interviewing|data journalism|fact-checking|podcast production|editing|"
            "court reporting"
        ),
        licences=(
            "Shorthand 100 wpm Certificate @ National Council for the Training of Journalists|"
            "Media Law Certificate @ {city} School of Journalism"
        ),
        duties=(
            "write/wrote about <{n} stories> a week|edit/edited a features section read by <{k} readers>|"
            "lead/led a team of <{n} reporters>"
        ),
        projects=(
            "Empty Homes: found <{k} empty homes> in {city} through public records|"
            "Court Watch: covered <{n2} housing cases> over a year"
        ),
        works=(
            "The empty homes of {city} @ {city} Evening Post|"
            "Data journalism on a small newsroom budget @ talk:{country} Journalism Festival"
        ),
        awards=(
            "{country} Journalism award for investigative reporting|"
            "{city} Press Club Reporter of the Year award"
        ),
        focus="investigative and data journalism|housing and local politics",
        goals="write a book about housing in {city}|start an independent local newsroom",
        opinions=(
            "local news @ local newspapers should be funded like libraries|"
            "paywalls @ public-interest stories should never sit behind a paywall"
        ),
        publishes=True,
    ),
    profession(
        "translator",
        roles="Translator|Senior Translator|Conference Interpreter|Head of Translation",
        employers=(
            "{word} Translations {suffix}|{country} Ministry of Foreign Affairs|{city} Court Services|"
            "{word} Language Services"
        ),
        studies="BA:Modern Languages|MA:Translation Studies",
        skills=(
            "legal translation|conference interpreting|subtitling|CAT tools|terminology management|"
            "proofreading|literary translation"
        ),
        licences=(
            "Sworn Translator accreditation @ {country} Ministry of Justice|"
            "Translator certification @ {country} Translators Association"
        ),
        duties=(
            "translate/translated <{k} words> a week|interpret/interpreted at <{n2} conferences> a year|"
            "manage/managed a team of <{n} translators>"
        ),
        projects=(
            "Kitchen Table Poems: translated a collection of <{n2} poems> into English|"
            "Court Glossary: built a glossary of <{k} legal terms>"
        ),
        works=(
            "Translating humour in children's books @ Babel|"
            "A day in the interpreting booth @ talk:{country} Translation Day"
        ),
        awards="{country} Translation prize|Young Interpreter award",
        focus="legal and literary translation|conference interpreting",
        goals="translate a novel into English|become a United Nations interpreter",
        opinions=(
            "machine translation @ machine translation is good for gist, never for contracts|"
            "translator credit @ translators' names belong on book covers"
        ),
    ),
    profession(
        "graphic designer",
        roles="Junior Designer|Graphic Designer|Senior Designer|Art Director",
        employers="{word} Studio|{word} & {word2} Design|{city} Theatre|{word} Creative {suffix}",
        studies="BA:Graphic Design|MA:Visual Communication",
        skills="typography|branding|Figma|Adobe InDesign|illustration|motion graphics|print production",
        licences=(
            "Adobe Certified Professional certification @ Adobe|"
            "Accessibility Specialist certification @ {country} Accessibility Association"
        ),
        duties=(
            "design/designed identities for <{n2} clients>|lead/led a design team of <{n}>|"
            "produce/produced about <{n2} posters> a season"
        ),
        projects=(
            "City Wayfinding: designed signs for <{n2} bus stops> in {city}|"
            "Type Specimen: drew a typeface with <{k} glyphs>"
        ),
        works="Signs people can read @ talk:{country} Design Week|Posters for a small theatre @ Eye Magazine",
        awards="{city} Design award|Young Designer of the Year award",
        focus="branding and typography|wayfinding and signage",
        goals="open my own studio|design a typeface for a city",
        opinions=(
            "accessibility @ accessibility should be in every design brief from day one|"
            "logos @ most logos are redesigned too often"
        ),
    ),
    profession(
        "urban planner",
        roles="Planning Assistant|Planner|Senior Planner|Head of Planning",
        employers=(
            "{city} City Council|{word} Planning Consultants|{country} Housing Agency|"
            "{city} Metropolitan Region"
        ),
        studies="BA:Geography|MSc:Urban Planning|PhD:Urban Studies",
        skills="spatial planning|GIS|public consultation|transport planning|zoning|planning law|urban design",
        licences=(
            "Chartered Town Planner status @ {country} Planning Institute|"
            "GIS Professional certification @ GIS Certification Institute"
        ),
        duties=(
            "assess/assessed about <{n2} planning applications> a month|"
            "lead/led consultations with <{k} residents>|manage/managed a team of <{n} planners>"
        ),
        projects=(
            "Fifteen-Minute {city}: mapped <{n2} neighbourhoods> against daily needs|"
            "School Streets: closed <{n2} streets> to cars at school times"
        ),
        works=(
            "School streets and air quality @ Journal of Transport Geography|"
            "Planning with children @ talk:{country} Planning Conference"
        ),
        awards="{city} Planning Excellence award|Young Planner of the Year award",
        theses="Car-free neighbourhoods and local shops|Housing density and green space",
        focus="transport planning and school streets|housing and regeneration",
        goals="lead the city plan for {city}|design a car-free neighbourhood",
        opinions=(
            "parking @ new housing should come without parking minimums|"
            "cycle lanes @ protected cycle lanes pay for themselves"
        ),
    ),
    profession(
        "economist",
        roles="Research Analyst|Economist|Senior Economist|Chief Economist",
        employers=(
            "{country} Central Bank|{word} Economics {suffix}|{city} Chamber of Commerce|"
            "{country} Ministry of Finance"
        ),
        studies="BA:Economics|MSc:Economics|PhD:Economics",
        skills="econometrics|forecasting|Stata|policy analysis|labour economics|R|public finance",
        licences=(
            "Chartered Financial Analyst (CFA) charter @ CFA Institute|"
            "Certificate in Quantitative Finance @ CQF Institute"
        ),
        duties=(
            "forecast/forecast inflation for a {cur}<{dec} billion> economy|"
            "brief/briefed <{n} ministers> on the budget|lead/led a team of <{n} economists>"
        ),
        projects=(
            "Rent Tracker: built a monthly index of <{k} rental listings>|"
            "Minimum Wage Study: followed <{k} workers> through a minimum wage rise"
        ),
        works=(
            "The minimum wage and small firms @ Economic Journal|"
            "Why rents rise faster than wages @ talk:{country} Economics Association"
        ),
        awards="{country} Young Economist award|Best Policy Paper prize",
        theses="Minimum wages and hours worked|Housing supply and rents in mid-sized cities",
        focus="labour markets and housing|macroeconomic forecasting",
        goals="become a chief economist|write a popular book on housing economics",
        opinions=(
            "land tax @ a land value tax is the fairest tax there is|"
            "forecasts @ economic forecasts should always show their uncertainty"
        ),
        publishes=True,
    ),
    profession(
        "wind energy engineer",
        roles="Graduate Engineer|Wind Energy Engineer|Senior Wind Engineer|Head of Offshore Engineering",
        employers="{word} Wind {suffix}|{word} Renewables|{country} Grid Operator|{word} Offshore Energy",
        studies="BEng:Mechanical Engineering|MSc:Renewable Energy|PhD:Wind Energy",
        skills=(
            "wind resource assessment|turbine loads|SCADA data|Python|grid connection|offshore foundations|"
            "project finance"
        ),
        licences=(
            "Global Wind Organisation Basic Safety Training @ Global Wind Organisation|"
            "Chartered Engineer status @ {country} Institution of Engineers"
        ),
        duties=(
            "assess/assessed wind farms totalling <{dec} GW>|lead/led a team of <{n} engineers>|"
            "analyse/analysed SCADA data from <{n2}0 turbines>"
        ),
        projects=(
            "Blade Watch: detected blade icing early and raised winter output by <{pct}>|"
            "Repowering Study: showed an old wind farm could double to <{n2}0 MW>"
        ),
        works=(
            "Wake losses in clustered offshore wind farms @ Wind Energy Science|"
            "Repowering the first wind farms @ talk:{country} Wind Energy Conference"
        ),
        awards="{country} Renewable Energy Engineer of the Year award|Offshore Innovation award",
        theses="Wake effects in large offshore wind farms|Fatigue loads on floating wind turbines",
        focus="offshore wind and wake modelling|wind farm performance",
        goals="lead the engineering of a floating wind farm|help connect 10 GW of offshore wind to the grid",
        opinions=(
            "grid connections @ grid connections, not turbines, are the real bottleneck for wind|"
            "onshore wind @ onshore wind deserves far more public support"
        ),
        publishes=False,
    ),
    profession(
        "marketing manager",
        roles="Marketing Assistant|Marketing Executive|Marketing Manager|Head of Marketing",
        employers="{word} Brands {suffix}|{word} Foods {suffix}|{city} Tourism Board|{word} Fashion House",
        studies="BA:Marketing|MSc:Digital Marketing|MBA:Business Administration",
        skills=(
            "brand strategy|content marketing|SEO|paid social|market research|copywriting|campaign analytics"
        ),
        licences=(
            "Google Ads Certification @ Google|Chartered Marketer status @ {country} Marketing Institute"
        ),
        duties=(
            "manage/managed a marketing budget of {cur}<{dec} million>|lead/led a team of <{n} marketers>|"
            "grow/grew newsletter subscribers to <{k}>"
        ),
        projects=(
            "Visit {city} Campaign: ran a campaign that raised hotel bookings by <{pct}>|"
            "Rebrand: relaunched a {n2}-year-old brand across <{n} countries>"
        ),
        works=(
            "Small brands on tiny budgets @ talk:{country} Marketing Summit|"
            "Why newsletters still work @ Marketing Week"
        ),
        awards="{city} Marketing Campaign of the Year award|Young Marketer award",
        focus="brand strategy and content|tourism marketing",
        goals="become a chief marketing officer|launch my own brand",
        opinions=(
            "influencers @ most influencer marketing is wasted money|"
            "newsletters @ an email list beats social media followers"
        ),
    ),
    profession(
        "human resources manager",
        roles="HR Assistant|HR Advisor|HR Manager|HR Director",
        employers=(
            "{word} Group {suffix}|{city} University Hospital|{word} Manufacturing {suffix}|"
            "{city} City Council"
        ),
        studies="BA:Business Studies|MSc:Human Resource Management",
        skills=(
            "recruitment|employee relations|payroll|employment law|learning and development|"
            "workforce planning|mediation"
        ),
        licences=(
            "HR Institute chartered membership @ {country} HR Institute|"
            "Workplace Mediation Certificate @ {city} Mediation Institute"
        ),
        duties=(
            "hire/hired about <{n2}0 people> a year|support/supported <{k} employees> across {n} sites|"
            "lead/led an HR team of <{n}>"
        ),
        projects=(
            "Four-Day Week Pilot: ran a pilot where sick days fell by <{pct}>|"
            "Fair Pay Review: closed the gender pay gap to <{pct}>"
        ),
        works=(
            "What a four-day week pilot taught us @ talk:{country} HR Summit|"
            "Exit interviews that matter @ People Management"
        ),
        awards="{city} HR Team of the Year award|Workplace Wellbeing award",
        focus="employee relations and recruitment|workplace wellbeing",
        goals="become an HR director|make our company a four-day-week employer",
        opinions=(
            "four-day week @ a four-day week works for most office jobs|"
            "salary transparency @ every job advert should show the salary"
        ),
    ),
)
