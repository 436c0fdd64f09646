"""Word lists of the hands-on professions: trades, kitchens, farms, transport, emergency and hospitality."""

from __future__ import annotations

from finetune.reader.occupation import Profession, profession

TRADES: tuple[Profession, ...] = (
    profession(
        "carpenter",
        roles="Apprentice Carpenter|Carpenter|Lead Carpenter|Site Foreman",
        employers=(
            "{family} & Sons Joinery|{word} Timber Frames {suffix}|{city} Restoration Works|"
            "{family} Building {suffix}"
        ),
        studies=(
            "Appr:Carpentry and Joinery@{city} Technical College|"
            "Cert:Heritage Timber Repair@{city} Building Crafts College"
        ),
        skills=(
            "timber framing|staircase building|sash window repair|finish carpentry|reading drawings|"
            "CNC joinery|site safety"
        ),
        licences=(
            "Trade Certificate in Carpentry @ {country} Construction Industry Board|"
            "Working at Heights Certificate @ {city} Safety Council"
        ),
        duties=(
            "build/built about <{n2} staircases> a year|lead/led a crew of <{n} carpenters>|"
            "restore/restored <{n2} sash windows> in listed buildings"
        ),
        projects=(
            "Barn Rebuild: rebuilt a {n2}-metre oak-framed barn using <{n2} reclaimed beams>|"
            "Tiny School: framed a <{n2}-square-metre> timber classroom in {n} weeks"
        ),
        works=(
            "Green oak frames for beginners @ talk:{country} Timber Building Fair|"
            "Saving sash windows @ Traditional Building Quarterly"
        ),
        awards="{city} Young Tradesperson of the Year award|Heritage Craft award of {city}",
        focus="timber framing and heritage joinery|bespoke staircases",
        goals="start my own joinery workshop|become a master carpenter",
        opinions=(
            "apprenticeships @ apprenticeships deserve the same respect as university degrees|"
            "timber @ we should build far more houses in timber"
        ),
    ),
    profession(
        "electrician",
        roles="Apprentice Electrician|Electrician|Senior Electrician|Electrical Supervisor",
        employers=(
            "{family} Electrical {suffix}|{word} Power Services|{city} Electrical Contractors|"
            "{word} Solar {suffix}"
        ),
        studies=(
            "Appr:Electrical Installation@{city} Technical College|"
            "Dip:Renewable Energy Systems@{city} Institute of Technology"
        ),
        skills=(
            "domestic wiring|fault finding|solar PV installation|EV charger installation|industrial controls|"
            "fire alarm systems|testing and inspection"
        ),
        licences=(
            "Registered Electrician Licence @ {country} Electrical Safety Authority|"
            "Solar PV Installer Certificate @ {country} Renewable Energy Association"
        ),
        duties=(
            "install/installed about <{n2} solar systems> a year|wire/wired <{n2} new homes> a year|"
            "supervise/supervised <{n} apprentices>"
        ),
        projects=(
            "Street Solar: fitted panels on <{n2} terraced houses> in one summer|"
            "School Rewire: rewired a {n2}-classroom school over <{n} weeks> of holidays"
        ),
        works=(
            "Solar on old roofs @ talk:{country} Renewable Energy Expo|"
            "Common faults in EV charger installs @ Electrical Contractor Magazine"
        ),
        awards="{city} Apprentice of the Year award|Electrical Safety Excellence award",
        focus="solar PV and EV chargers|domestic and commercial wiring",
        goals="run my own solar installation company|train as an electrical inspector",
        opinions=(
            "heat pumps @ every new house should come with a heat pump|"
            "DIY wiring @ DIY electrical work causes more fires than people think"
        ),
    ),
    profession(
        "plumber",
        roles="Apprentice Plumber|Plumber|Heating Engineer|Plumbing Supervisor",
        employers="{family} Plumbing & Heating|{word} Heat {suffix}|{city} Building Services",
        studies=(
            "Appr:Plumbing and Heating@{city} Technical College|"
            "Cert:Heat Pump Installation@{city} Energy Academy"
        ),
        skills=(
            "boiler servicing|heat pump installation|bathroom fitting|leak detection|underfloor heating|"
            "gas safety"
        ),
        licences=(
            "Gas Installer registration @ {country} Gas Safety Register|"
            "Heat Pump Installer Certificate @ {country} Energy Agency"
        ),
        duties=(
            "service/serviced about <{n2} boilers> a month|fit/fitted <{n2} heat pumps> a year|"
            "train/trained <{n} apprentices>"
        ),
        projects=(
            "Heat Pump Street: converted <{n2} homes> on one street from gas|"
            "Leak Hunt: cut water loss at a school by <{pct}>"
        ),
        works=(
            "Heat pumps in older homes @ talk:{country} Installer Show|"
            "Ten mistakes with underfloor heating @ Plumbing Monthly"
        ),
        awards="{city} Installer of the Year award|Green Heating award",
        focus="heat pumps and low-carbon heating|bathroom fitting",
        goals="run my own heating business|teach plumbing at a technical college",
        opinions=(
            "gas boilers @ gas boilers should be phased out in new homes now|"
            "trades @ we need twice as many young people in the trades"
        ),
    ),
    profession(
        "chef",
        roles="Commis Chef|Chef de Partie|Sous Chef|Head Chef",
        employers="Restaurant {family}|The {word} Kitchen|{city} Grand Hotel|{word} & {word2} Bistro",
        studies="Dip:Culinary Arts@{city} Culinary Institute|Cert:Pastry and Baking@{city} Hotel School",
        skills=(
            "menu development|butchery|pastry|fermentation|food cost control|kitchen management|"
            "allergen management"
        ),
        licences=(
            "Food Safety Level 3 Certificate @ {country} Food Safety Authority|"
            "Allergen Awareness Certificate @ {city} Hotel School"
        ),
        duties=(
            "run/ran a kitchen of <{n} chefs>|cook/cooked about <{n2} covers> a night|"
            "write/wrote a seasonal menu every <{n} weeks>"
        ),
        projects=(
            "Zero Waste Menu: cut the kitchen's food waste by <{pct}>|"
            "Supper Club: ran a monthly supper club for <{n2} guests>"
        ),
        works=(
            "Cooking with the whole animal @ talk:{country} Food Festival|"
            "Fermenting in a small kitchen @ Restaurant Magazine"
        ),
        awards="{city} Young Chef of the Year award|Golden Whisk award",
        focus="seasonal cooking and fermentation|modern bistro cooking",
        goals="open my own restaurant in {city}|earn a Michelin star",
        opinions=(
            "tipping @ tips should go to the whole kitchen, not just the floor|"
            "local produce @ a menu should change with what local farms grow"
        ),
    ),
    profession(
        "farmer",
        roles="Farm Worker|Farm Manager|Dairy Farmer|Farm Owner",
        employers="{family} Family Farm|{word} Organic Farm|{city} Agricultural Cooperative|{word} Orchards",
        studies="Dip:Agriculture@{city} Agricultural College|BSc:Agricultural Science",
        skills=(
            "herd management|crop rotation|soil health|tractor maintenance|organic certification|"
            "direct selling|rotational grazing"
        ),
        licences=(
            "Pesticide Application Certificate @ {country} Department of Agriculture|"
            "Organic Producer Certification @ {country} Organic Trust"
        ),
        duties=(
            "milk/milked a herd of <{n2} cows>|farm/farmed <{n2} hectares> of mixed land|"
            "sell/sold vegetables to <{n2} households> a week"
        ),
        projects=(
            "Hedgerow Project: planted <{k} metres> of hedgerow on the farm|"
            "Veg Box Scheme: grew a box scheme to <{n2} subscribers>"
        ),
        works=(
            "Rotational grazing on a small dairy farm @ talk:{country} Farming Conference|"
            "What soil tests taught me @ Farmers Weekly"
        ),
        awards="{city} Young Farmer of the Year award|Sustainable Farming award",
        focus="organic dairy and soil health|regenerative farming",
        goals="convert the whole farm to organic|open a farm shop on the main road",
        opinions=(
            "food prices @ supermarkets pay farmers too little for milk|"
            "regenerative farming @ soil health matters more than yield"
        ),
    ),
    profession(
        "pilot",
        roles="Second Officer|First Officer|Senior First Officer|Captain",
        employers="{word} Airways|{country} Regional Airlines|{word}Jet|{word} Air Cargo",
        studies="Cert:Airline Transport Pilot Licence theory@{word} Flight Academy|BSc:Aviation Management",
        skills=(
            "crew resource management|instrument flying|Airbus A320|Boeing 737|ATR 72|flight planning|"
            "safety management"
        ),
        licences=(
            "Airline Transport Pilot Licence (ATPL) @ {country} Civil Aviation Authority|"
            "A320 Type Rating @ {word} Flight Academy"
        ),
        duties=(
            "fly/flew about <{n2} sectors> a month|log/logged <{k} flight hours>|"
            "train/trained <{n} new first officers>"
        ),
        projects=(
            "Fuel Saver: introduced single-engine taxiing that saved <{pct}> of taxi fuel|"
            "Open Cockpit Day: showed <{k} school children> around the aircraft"
        ),
        works=(
            "Fatigue on early starts @ talk:{country} Aviation Safety Forum|"
            "Single-engine taxi in practice @ Flight Safety Review"
        ),
        awards="{word} Airways Safety award|Flight Crew Excellence award",
        focus="short-haul flying and crew training|safety and fatigue management",
        goals="become a training captain|fly long-haul",
        opinions=(
            "pilot fatigue @ duty limits for early starts should be shorter|"
            "aviation fuel @ sustainable aviation fuel should be mandatory on short flights"
        ),
    ),
    profession(
        "mechanic",
        roles="Apprentice Mechanic|Vehicle Technician|Master Technician|Workshop Manager",
        employers="{family} Motors|{city} Auto Repairs|{word} Garage|{word} EV Service {suffix}",
        studies=(
            "Appr:Motor Vehicle Maintenance@{city} Technical College|"
            "Cert:Electric Vehicle Repair@{city} Motor Institute"
        ),
        skills=(
            "diagnostics|engine rebuilds|electric vehicle repair|brakes and suspension|hybrid systems|"
            "classic car restoration"
        ),
        licences=(
            "Master Technician Certificate @ {country} Motor Industry Institute|"
            "EV High Voltage Certificate @ {city} Motor Institute"
        ),
        duties=(
            "service/serviced about <{n2} cars> a week|run/ran a workshop of <{n} technicians>|"
            "rebuild/rebuilt <{n} classic engines> a year"
        ),
        projects=(
            "EV Conversion: converted a {n2}-year-old van to electric with a <{n2} kWh> battery|"
            "Free Winter Checks: checked <{k} cars> for free before winter"
        ),
        works=(
            "Repairing EV batteries @ talk:{country} Motor Trade Show|"
            "Classic cars and modern fuel @ Classic Car Weekly"
        ),
        awards="{city} Technician of the Year award|Workshop Excellence award",
        focus="electric vehicle repair|classic car restoration",
        goals="open an EV repair workshop|restore a classic car from scratch",
        opinions=(
            "right to repair @ drivers should be free to repair their own cars|"
            "electric cars @ electric cars need far less maintenance than people think"
        ),
    ),
    profession(
        "firefighter",
        roles="Firefighter|Crew Manager|Watch Manager|Station Manager",
        employers=(
            "{city} Fire and Rescue Service|{country} Fire Service|{city} Airport Fire Service|"
            "{word} Industrial Fire Brigade"
        ),
        studies="Cert:Firefighting@{city} Fire Service College|BSc:Fire Safety Engineering",
        skills=(
            "fire suppression|road traffic collision rescue|water rescue|hazardous materials|"
            "fire safety inspection|first aid"
        ),
        licences=(
            "Breathing Apparatus Certificate @ {country} Fire Service College|"
            "Swift Water Rescue Technician certificate @ {country} Rescue Association"
        ),
        duties=(
            "lead/led a watch of <{n} firefighters>|attend/attended about <{n2} incidents> a month|"
            "inspect/inspected <{n2} buildings> a year for fire safety"
        ),
        projects=(
            "Smoke Alarm Drive: fitted <{k} free smoke alarms> in older people's homes|"
            "River Safety Week: taught <{k} teenagers> about cold water"
        ),
        works=(
            "Cold water shock and teenagers @ talk:{country} Fire Safety Conference|"
            "Lessons from a warehouse fire @ Fire Safety Journal"
        ),
        awards="{city} Fire Service Bravery award|Community Safety award",
        focus="rescue and community fire safety|water rescue",
        goals="become a station manager|train as a fire investigator",
        opinions=(
            "smoke alarms @ every rented home should have linked smoke alarms|"
            "sprinklers @ sprinklers should be required in all new schools"
        ),
    ),
    profession(
        "logistics manager",
        roles="Logistics Coordinator|Warehouse Supervisor|Logistics Manager|Head of Supply Chain",
        employers=(
            "{word} Logistics {suffix}|{city} Freight Terminal|{family} Distribution|{word} Foods {suffix}"
        ),
        studies="BSc:Supply Chain Management|MSc:Logistics and Operations",
        skills=(
            "warehouse management systems|route planning|inventory control|customs|lean operations|"
            "forklift safety|SAP"
        ),
        licences=(
            "Supply Chain Professional (CSCP) certification @ APICS|"
            "Dangerous Goods Safety Adviser certificate @ {country} Transport Authority"
        ),
        duties=(
            "run/ran a warehouse shipping <{k} parcels> a day|manage/managed a fleet of <{n2} lorries>|"
            "lead/led a team of <{n2} staff>"
        ),
        projects=(
            "Night Route: re-planned deliveries and cut fuel use by <{pct}>|"
            "Pick to Light: rolled out pick-to-light that raised picking speed by <{pct}>"
        ),
        works=(
            "Cutting empty miles @ talk:{country} Logistics Summit|"
            "Lean in a cold store @ Supply Chain Quarterly"
        ),
        awards="{city} Logistics Manager of the Year award|Green Fleet award",
        focus="warehouse operations and route planning|cold chain logistics",
        goals="lead supply chain for a whole region|switch our fleet to electric lorries",
        opinions=(
            "electric lorries @ electric lorries are ready for city deliveries today|"
            "just in time @ just-in-time supply chains are too fragile"
        ),
    ),
    profession(
        "hotel manager",
        roles="Receptionist|Front Office Manager|Assistant Hotel Manager|General Manager",
        employers="{city} Grand Hotel|Hotel {family}|The {word} Inn|{word} Resorts {suffix}",
        studies="BA:Hospitality Management|Dip:Hotel Management@{city} Hotel School",
        skills=(
            "revenue management|guest relations|events|housekeeping operations|budgeting|staff training|"
            "booking systems"
        ),
        licences=(
            "Hotel Administrator certification @ American Hotel & Lodging Educational Institute|"
            "Food Safety Level 2 Certificate @ {country} Food Safety Authority"
        ),
        duties=(
            "run/ran a {n2}-room hotel with <{n2} staff>|host/hosted about <{n2} weddings> a year|"
            "raise/raised occupancy to <{pct}>"
        ),
        projects=(
            "Green Rooms: cut energy use per room by <{pct}>|"
            "Local Table: served food from <{n} local farms> in the restaurant"
        ),
        works=(
            "Small hotels and online booking @ talk:{country} Tourism Forum|"
            "Keeping hotel staff @ Hospitality Today"
        ),
        awards="{city} Hotelier of the Year award|Sustainable Tourism award",
        focus="boutique hotels and guest experience|sustainable hospitality",
        goals="run a hotel of my own by the sea|open a small guesthouse in {city}",
        opinions=(
            "tourist taxes @ tourist taxes should fund local housing|"
            "hospitality pay @ hotel work should be paid like a skilled trade"
        ),
    ),
    profession(
        "landscape gardener",
        roles="Gardener|Landscape Gardener|Head Gardener|Landscape Contractor",
        employers="{family} Landscapes|{word} Gardens {suffix}|{city} Botanic Garden|{city} Parks Department",
        studies="Dip:Horticulture@{city} College of Horticulture|BSc:Landscape Management",
        skills=(
            "planting design|dry stone walling|tree care|irrigation|garden construction|native plants|"
            "plant identification"
        ),
        licences=(
            "Chainsaw Certificate @ {country} Forestry Training Board|"
            "Certificate in Horticulture @ Royal Horticultural Society"
        ),
        duties=(
            "look/looked after <{n2} hectares> of parkland|design/designed about <{n2} gardens> a year|"
            "lead/led a team of <{n} gardeners>"
        ),
        projects=(
            "Wildflower Verges: sowed <{k} square metres> of verges with native flowers|"
            "Rain Garden: built a rain garden that takes <{pct}> of a school roof's water"
        ),
        works=(
            "Native planting for small gardens @ talk:{country} Garden Show|"
            "Dry stone walls that last @ Gardens Illustrated"
        ),
        awards="{city} Garden Show gold medal|Parks Team of the Year award",
        focus="native planting and garden design|public parks",
        goals="design a show garden for a national flower show|start a community tree nursery",
        opinions="lawns @ most lawns should be meadows|peat @ peat compost should be banned",
    ),
    profession(
        "baker",
        roles="Baker|Pastry Baker|Head Baker|Bakery Owner",
        employers="{family} Bakery|The {word} Bakehouse|{city} Artisan Bread {suffix}",
        studies="Appr:Baking@{city} Technical College|Cert:Artisan Bread Making@{city} Culinary Institute",
        skills=(
            "sourdough|laminated pastry|cake decorating|stone-ground flour|production planning|food safety"
        ),
        licences=(
            "Master Baker Certificate @ {country} Bakers' Guild|"
            "Food Safety Level 2 Certificate @ {country} Food Safety Authority"
        ),
        duties=(
            "bake/baked about <{n2}0 loaves> a night|run/ran a bakery with <{n} bakers>|"
            "supply/supplied <{n2} cafés> every morning"
        ),
        projects=(
            "Bread School: taught sourdough to <{k} home bakers>|"
            "Local Grain: switched the bakery to flour from <{n} local farms>"
        ),
        works=(
            "Heritage wheat in sourdough @ talk:{country} Bread Festival|"
            "Night work and bakers' health @ Baking Today"
        ),
        awards="{city} Best Sourdough award|Master Bakers' gold medal",
        focus="sourdough and heritage grains|pastry",
        goals="open a second bakery in {city}|write a book about bread",
        opinions=(
            "supermarket bread @ supermarket bread should not be called sourdough|"
            "flour @ local grain makes better bread than imported flour"
        ),
    ),
)
