"""Word lists of life outside work: hobbies (with the ChatGPT chat they would come up in) and name words.

A hobby is "chat topic @ what I do", said after "I" in the present tense, with one `<gold>` span.
"""

from __future__ import annotations

HOBBIES = (
    "Training plan @ run about <{n2} km> a week with a running club in {city}",
    "Orchestra rehearsal notes @ play the <cello> in the {city} Community Orchestra",
    "Beekeeping questions @ keep <{n} beehives> on an allotment",
    "Bike restoration @ restore <old road bicycles> in my shed",
    "Climbing progress @ go bouldering <twice a week> at a wall in {city}",
    "Choir repertoire @ sing in a chamber choir of <{n2} voices>",
    "Bread troubleshooting @ bake <rye bread> every Sunday",
    "Cold water swimming @ swim in the sea <all year round>",
    "Chess openings @ play online chess and I'm rated about <1,{n2}0>",
    "Allotment planning @ grow vegetables on a <{n2}-square-metre> allotment",
    "Camera advice @ photograph <birds> around {city}",
    "Hiking routes @ hike most Sundays and have climbed <{n2} peaks> so far",
    "Book club picks @ read about <{n2} books> a year",
    "Pottery glazes @ throw pots at a <community studio> on Tuesday nights",
    "Game night ideas @ run a monthly <board game night> for friends",
    "Cycling tour @ cycle <{k} km> a year",
    "Volunteering rota @ volunteer at a <food bank> on Saturdays",
    "Spoon carving @ carve <spoons> from green wood",
    "Knitting patterns @ knit <jumpers> for my nieces and nephews",
    "Coaching drills @ coach an under-{n} <girls' football team>",
    "Sailing course @ sail a <dinghy> at the {city} sailing club",
    "Tango festival @ dance <Argentine tango> twice a week",
)

# Made-up words for company and product names ("{word} Systems").
_NAME_WORDS = (
    "Northgate|Bluefern|Kestrel|Granite|Lumen|Alder|Meridian|Cedar|Orbit|Juniper|Tern|Basalt|Sable|Willow|"
    "Beacon|Ember|Saltmarsh|Fjord|Larch|Cobalt|Heron|Quill|Pinecrest|Marigold|Brightwater|Stonebridge|Corvid|"
    "Silverbirch|Redshank|Tamarind|Ostara|Puffin|Lanternfish|Greenhollow|Aster|Fennel"
)
NAME_WORDS = tuple(_NAME_WORDS.split("|"))

SAINTS = ("Brigid", "Luke", "Anne", "Joseph", "Catherine", "Vincent", "Mary", "James", "Columba", "Clare")
