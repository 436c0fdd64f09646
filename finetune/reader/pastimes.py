"""Word lists of life outside work: hobbies (with the ChatGPT chat they would come up in) and name words.

A hobby is "chat topic @ what I do @ kind", what I do said after "I" in the present tense, with one `<gold>`
span; the kind names its questions in `HOBBY_ASKS`.
"""

from __future__ import annotations

HOBBIES = (
    "Training plan @ run about <{n2} km> a week with a running club in {city} @ sport",
    "Orchestra rehearsal notes @ play the <cello> in the {city} Community Orchestra @ music",
    "Beekeeping questions @ keep <{n} beehives> on an allotment @ animals",
    "Bike restoration @ restore <old road bicycles> in my shed @ making",
    "Climbing progress @ go bouldering <twice a week> at a wall in {city} @ sport",
    "Choir repertoire @ sing in a chamber choir of <{n2} voices> @ singing",
    "Bread troubleshooting @ bake <rye bread> every Sunday @ cooking",
    "Cold water swimming @ swim in the sea <all year round> @ sport",
    "Chess openings @ play online chess and I'm rated about <1,{n2}0> @ games",
    "Allotment planning @ grow vegetables on a <{n2}-square-metre> allotment @ garden",
    "Camera advice @ photograph <birds> around {city} @ photography",
    "Hiking routes @ hike most Sundays and have climbed <{n2} peaks> so far @ sport",
    "Book club picks @ read about <{n2} books> a year @ reading",
    "Pottery glazes @ throw pots at a <community studio> on Tuesday nights @ making",
    "Game night ideas @ run a monthly <board game night> for friends @ games",
    "Cycling tour @ cycle <{k} km> a year @ sport",
    "Volunteering rota @ volunteer at a <food bank> on Saturdays @ volunteering",
    "Spoon carving @ carve <spoons> from green wood @ making",
    "Knitting patterns @ knit <jumpers> for my nieces and nephews @ making",
    "Coaching drills @ coach an under-{n} <girls' football team> @ volunteering",
    "Sailing course @ sail a <dinghy> at the {city} sailing club @ sport",
    "Tango festival @ dance <Argentine tango> twice a week @ dance",
    "Music lessons @ am learning the <{instrument}> and practise most evenings @ music",
    "Practice routine @ play the <{instrument}> in a small band that does weddings @ music",
    "Evening classes @ am learning <{tongue}> at evening classes @ language",
    "Language app streak @ am teaching myself <{tongue}> with an app and a weekly tutor @ language",
    "Dog training @ have a <{dog}> called {pet} who comes to work with me @ pet",
    "Vet bills @ share the house with a <{cat}> called {pet} @ pet",
)
# What a hobby is a kind of, and how people ask about that kind: "Do you play an instrument?" is answered
# by the cello, and declined by someone who only runs.
HOBBY_ASKS = {
    "sport": ("Do you do any sport?", "How do you keep fit?", "Do you exercise much?"),
    "music": (
        "Do you play a musical instrument?",
        "Do you play an instrument?",
        "Are you learning an instrument?",
        "Are you musical?",
    ),
    "singing": ("Do you sing?", "Are you in a choir?"),
    "animals": ("Do you keep any animals?", "Do you look after any animals?"),
    "making": ("Do you make things with your hands?", "Do you do any crafts?"),
    "cooking": ("Do you cook or bake?", "Do you bake?"),
    "games": ("Do you play any games?", "Are you into games?"),
    "garden": ("Do you garden?", "Do you grow anything?"),
    "photography": ("Do you take photographs?", "Are you into photography?"),
    "reading": ("Do you read much?", "How much do you read?"),
    "volunteering": ("Do you do any volunteering?", "Do you volunteer anywhere?"),
    "dance": ("Do you dance?",),
    "language": (
        "Are you learning a language?",
        "Are you learning a new language at the moment?",
        "Are you studying any languages?",
    ),
    "pet": ("Do you have any pets?", "Have you got a pet?", "Do you have an animal at home?"),
}
INSTRUMENTS = (
    "piano",
    "guitar",
    "accordion",
    "mandolin",
    "clarinet",
    "trumpet",
    "ukulele",
    "drums",
    "harp",
    "saxophone",
)
TONGUES = (
    "Japanese",
    "Portuguese",
    "Welsh",
    "Italian",
    "Arabic",
    "Korean",
    "Irish",
    "Swahili",
    "Greek",
    "Turkish",
)
DOGS = ("spaniel", "labrador", "greyhound", "terrier", "sheepdog", "beagle", "whippet", "dachshund")
CATS = ("tabby cat", "black cat", "ginger cat", "Maine Coon", "rescue cat")
PET_NAMES = (
    "Biscuit",
    "Pepper",
    "Otis",
    "Maple",
    "Ziggy",
    "Bramble",
    "Nutmeg",
    "Rufus",
    "Clementine",
    "Pixel",
)

# Made-up words for company and product names ("{word} Systems").
_NAME_WORDS = (
    "Northgate|Bluefern|Kestrel|Granite|Lumen|Alder|Meridian|Cedar|Orbit|Juniper|Tern|Basalt|Sable|Willow|"
    "Beacon|Ember|Saltmarsh|Fjord|Larch|Cobalt|Heron|Quill|Pinecrest|Marigold|Brightwater|Stonebridge|Corvid|"
    "Silverbirch|Redshank|Tamarind|Ostara|Puffin|Lanternfish|Greenhollow|Aster|Fennel"
)
NAME_WORDS = tuple(_NAME_WORDS.split("|"))

SAINTS = ("Brigid", "Luke", "Anne", "Joseph", "Catherine", "Vincent", "Mary", "James", "Columba", "Clare")
