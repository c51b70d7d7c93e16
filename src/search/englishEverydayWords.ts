/**
 * The glossary's second list (ADR 0013, session 12 amendment): everyday English a resident uses for
 * each need of training/behoeften.yaml, written need by need from the needs' Dutch situations and
 * from how people write English in the Netherlands (UK and US spellings, ESL phrasings, the two-word
 * verbs that carry a need: "give up", "fall behind", "fill in", "look after"). Not from any kaart's
 * questions or entries. Same format and rules as the first list (englishGlossary.ts): folded keys of
 * one or two words, one everyday sense per word, Dutch words separated by spaces; a word with
 * several common senses is left out or only listed in the phrase that gives it one. The words from
 * "pub" on were added in session 19 (ADR 0013): everyday words of drink, applying for work, money
 * and the bank, the home and its furniture that the list lacked; the senses a word's neighbours
 * decide are in englishSenses.ts. The words from "discount" on were added later in session 19 (ADR
 * 0013, own forms only): the words of a discount, a voucher or a pass, and three words ("move",
 * "evict", "passing") the Porter stem read right but no longer reads, as they are no form of the
 * glossary word it met ("moving", "evicted", "passed"). The words from "forgot" on were added in
 * session 20 (ADR 0013: a word is no slip): words the slip path read right as a neighbour ("forgot"
 * as forget, the US "counselor") and no longer reads, being words; and "train", whose sense of a
 * course englishSenses.ts gives where it stands as a verb ("to train", "train to become"). The
 * words from "tennant" on were added later in session 20 (ADR 0013, the everyday English of a side
 * job, a break-up, a screen, a bet and a noisy flat): a misspelling the English list holds as a
 * word (a surname) listed as the word it is meant as, and the classes of words the glossary lacked.
 * The words from "burglar" on were added in session 21 (ADR 0013, the everyday English residents
 * use that nobody listed), class by class from a dev probe of residents' English
 * (test/fixtures/english-residents): a break-in, the machines of a home and
 * their breaking down, mending, the garden, phones and tablets, kinds of credit, being picked on
 * and standing firm, talking in confidence, recovery, being housebound and books, a phone
 * call, adults, banking and the household's papers, work experience and shame. The words from
 * "coat" on were added in session 23 (ADR 0013, english23: the everyday English of a need the
 * glossary read half or not at all), need by need from training/behoeften.yaml: the clothes a
 * household lacks named by the piece, a baby on the way, someone to interpret, and the young's own
 * word for spending free time together. "the locals" and "local people" (the people who live
 * around here, whom a newcomer wants to meet) were added in session 24 (ADR 0013, english24), as
 * phrases only: "local" and "locally" alone stay unread (a group that meets locally, the local GP).
 * The words from "stair lift" on were added in session 25 (ADR 0013, english25): a stair lift
 * written as two words, and words read as another word's form, listed as themselves ("feed" is
 * no fee, "judged" and "judging" are no judge). The words from "separating" on were added in
 * session 25's second round: the content words the English dev lines use most that nothing read,
 * each with one everyday sense.
 */
export const EVERYDAY_WORDS = `
skint: geld tekort
hard up: geld tekort
ends meet: rondkomen
make ends: rondkomen
repay: aflossen terugbetalen
repayment: aflossing
repayments: aflossingen
pay off: aflossen schulden
pay back: terugbetalen
fall behind: achterstand
fell behind: achterstand
behind on: achterstand
behind with: achterstand
overdraft: rood staan
overdrawn: rood staan
credit card: creditcard schulden
utilities: vaste lasten energie
child benefit: kinderbijslag
housing benefit: huurtoeslag
rent allowance: huurtoeslag
rent subsidy: huurtoeslag
healthcare allowance: zorgtoeslag
care allowance: zorgtoeslag
universal credit: bijstand uitkering
social assistance: bijstand
grocery: boodschappen
cheap: goedkoop
free: gratis
expensive: duur
cost: kosten
fined: boete
penalty: boete
receive: ontvangen
accommodation: woonruimte woning
shelter: opvang onderdak
sleep rough: dakloos
rough sleeping: dakloos
sofa surfing: dakloos
couch surfing: dakloos
temporary: tijdelijk
waiting list: wachtlijst
urgency: urgentie
housing association: woningcorporatie
housing corporation: woningcorporatie
owner: eigenaar verhuurder
landlady: verhuurder huisbaas
letting agent: verhuurder makelaar
estate agent: makelaar
lease: huurcontract
tenancy: huur huurcontract
rental: huur
ceiling: plafond lekkage
roof: dak lekkage
window: raam ramen
windows: ramen
boiler: cv-ketel verwarming
radiator: verwarming
pipe: leiding lekkage
pipes: leidingen lekkage
drip: lekkage
dripping: lekkage
condensation: vocht condens
mildew: schimmel
mouldy: schimmel
moldy: schimmel
draughty: tocht
pests: ongedierte
mice: muizen ongedierte
rats: ratten ongedierte
cockroaches: kakkerlakken ongedierte
bedbugs: bedwantsen ongedierte
vermin: ongedierte
plumbing: loodgieter lekkage
move house: verhuizen
move out: verhuizen
move in: verhuizen
isolation: eenzaamheid isolement
lonesome: eenzaam
no one: niemand
noone: niemand
socialise: ontmoeten contact
socialize: ontmoeten contact
make friends: vrienden ontmoeten
community centre: buurthuis
community center: buurthuis
neighbourhood centre: buurthuis
coffee morning: koffieochtend
breakfast: ontbijt
bored: verveling
boredom: verveling
outing: uitje
crafts: handwerken creatief
knitting: breien
choir: koor
singing: zingen
dancing: dansen
chess: schaken
seniors: senioren ouderen
senior: senioren ouderen
ageing: ouder worden
aging: ouder worden
look after: zorgen verzorgen mantelzorg
care for: zorgen mantelzorg
take care: zorgen
informal care: mantelzorg
young carer: jonge mantelzorger
overwhelmed: overbelast
burden: last overbelast
worn out: overbelast
nursing home: verpleeghuis
care home: verpleeghuis verzorgingshuis
home care: thuiszorg
district nurse: wijkverpleging
nurse: verpleegkundige
nursing: verpleging
mum: moeder
mom: moeder
mother: moeder
dad: vader
father: vader
grandmother: oma
grandma: oma
granny: oma
grandfather: opa
grandpa: opa
grandchildren: kleinkinderen
grandchild: kleinkind
grandson: kleinzoon
granddaughter: kleindochter
handicapped: gehandicapt beperking
special needs: beperking
learning disability: verstandelijke beperking
nursery: kinderopvang peuterspeelzaal
preschool: peuterspeelzaal
playgroup: peuterspeelzaal
kindergarten: kleuter
primary school: basisschool
secondary school: middelbare school
high school: middelbare school
pupil: leerling
exams: examen
skip school: spijbelen
drop out: schooluitval
dropped out: schooluitval
expelled: geschorst school
suspended: geschorst
bully: pesten
cyberbullying: pesten online
behaviour: gedrag
behavior: gedrag
autistic: autisme
playground: speeltuin
breastfeeding: borstvoeding
nappies: luiers
diapers: luiers
pregnancy: zwangerschap
midwife: verloskundige
maternity: kraamzorg
single: alleenstaand
foster: pleeg
youth worker: jongerenwerker
puberty: puberteit
discipline: opvoeding grenzen
frail: kwetsbaar
dizzy: duizelig
walking stick: wandelstok
rollator: rollator
hearing: gehoor
eyesight: zicht
hip: heup
knee: knie
arthritis: artrose reuma
diabetes: diabetes
cancer: kanker
stroke: beroerte
chronic: chronisch
physio: fysiotherapie
physiotherapy: fysiotherapie
rehabilitation: revalidatie
therapist: therapeut
therapy: therapie
counselling: gesprek hulp
counseling: gesprek hulp
counsellor: hulpverlener
psychologist: psycholoog
psychiatrist: psychiater
mental health: ggz psychisch
sleep: slapen
insomnia: slapeloosheid
nervous: zenuwachtig
feel down: somber
feel low: somber
unhappy: ongelukkig somber
miserable: somber
hopeless: hopeloos
upset: verdriet overstuur
crying: huilen
cry: huilen
angry: boos
anger: boosheid
confused: verward
forget: vergeten vergeetachtig
forgets: vergeet vergeetachtig
prescription: recept medicijnen
pharmacy: apotheek
chemist: apotheek
healthcare: zorg
health care: zorg
nutrition: voeding
diet: dieet
obese: overgewicht
keep fit: bewegen
career: loopbaan
job application: sollicitatie
job interview: sollicitatiegesprek
vacancy: vacature
vacancies: vacatures
redundant: ontslagen
redundancy: ontslag
laid off: ontslagen
sacked: ontslagen
dismissed: ontslagen
dismissal: ontslag
overtime: overuren
payslip: loonstrook
minimum wage: minimumloon
wage: loon
paid: betaald
sick leave: ziekteverlof
retirement: pensioen
retire: pensioen
internship: stage
apprenticeship: leerbaan
qualification: diploma
qualifications: diploma
skills: vaardigheden
charity: goed doel vrijwilligerswerk
understand: begrijpen
translate: vertalen tolk
translation: vertaling
interpreter: tolk
translator: tolk vertaler
fill in: invullen
fill out: invullen
sign up: inschrijven aanmelden
apply for: aanvragen
application form: aanvraagformulier
email: mail
password: wachtwoord
website: website
town hall: gemeentehuis
city hall: gemeentehuis
civic integration: inburgering
integrate: inburgeren
settle in: inburgeren wennen
fit in: erbij horen
new here: nieuwkomer nieuw
new to: nieuwkomer nieuw
new in: nieuwkomer nieuw
moved here: nieuwkomer verhuisd
immigration: immigratie
visa: visum
passport: paspoort
asylum seeker: asielzoeker
next door: buren
upstairs: bovenburen buren
downstairs: onderburen buren
barking: blaffen
shouting: schreeuwen
harassment: intimidatie
harassed: lastiggevallen
intimidated: geintimideerd
rubbish: afval vuilnis
garbage: afval vuilnis
trash: afval vuilnis
litter: zwerfafval
smell: stank
stink: stank
get along: samen buren
legal aid: rechtsbijstand
solicitor: advocaat
attorney: advocaat
court: rechter rechtbank
judge: rechter
sue: rechtszaak
lawsuit: rechtszaak
unfair: oneerlijk
discrimination: discriminatie
discriminated: gediscrimineerd
racism: racisme
compensation: schadevergoeding
alcoholic: alcohol verslaafd
booze: alcohol
weed: wiet
cocaine: cocaine
lottery: loterij
poker: poker
smoker: roker
hooked: verslaafd
relapse: terugval
detox: afkicken
give up: stoppen
gave up: gestopt
cut down: minderen
cut back: minderen
dying: stervend overlijden
dead: dood overleden
cremation: crematie
burial: begrafenis
mourn: rouw
widowed: weduwe
miscarriage: miskraam
beaten: geslagen
threat: bedreiging
coercive: dwang controle
abusive: mishandeling
safe house: opvang
taxi: taxi
driver: chauffeur
scooter: scootmobiel
food parcel: voedselpakket
soup kitchen: maaltijd
starving: honger
hunger: honger
independence: zelfstandigheid
adaptations: aanpassingen
adapted: aangepast
stairlift: traplift
shower: douche
personal care: persoonlijke verzorging
help out: helpen vrijwilligerswerk
repair cafe: repaircafe
sports club: sportclub
membership: lidmaatschap contributie
swim: zwemmen
dance: dansen
pub: kroeg cafe
pubs: kroeg cafe
beer: bier alcohol
wine: wijn alcohol
vodka: wodka alcohol
pint: bier alcohol
pints: bier alcohol
hangover: kater alcohol
hungover: kater alcohol
sober: nuchter alcohol
stoned: blowen
spliff: blowen
cannabis: cannabis wiet blowen
painkillers: pijnstillers medicijnen
sleeping pills: slaappillen
resume: cv solliciteren
cv: cv solliciteren
curriculum vitae: cv solliciteren
cover letter: sollicitatiebrief solliciteren
motivation letter: sollicitatiebrief solliciteren
application letter: sollicitatiebrief solliciteren
job hunting: werk zoeken solliciteren
interview: sollicitatiegesprek gesprek
job centre: uwv werk
jobcentre: uwv werk
dole: uitkering
self employed: zzp zelfstandige ondernemer
freelancer: zzp zelfstandige
freelance: zzp zelfstandige
zero hours: nulurencontract
payday: salaris loon
pocket money: zakgeld
card: pas
cash: contant geld
atm: pinautomaat geld
cash machine: pinautomaat geld
bank account: bankrekening
wallet: portemonnee
mortgage: hypotheek
bankrupt: failliet schulden
bankruptcy: faillissement schulden
loan shark: woekeraar schulden
payday loan: flitskrediet lening
council tax: gemeentebelasting belasting
health insurance: zorgverzekering
flatmate: huisgenoot
flatmates: huisgenoten
housemate: huisgenoot
housemates: huisgenoten
roommate: huisgenoot
mattress: matras
cooker: fornuis kookplaat
stove: fornuis kookplaat
washing machine: wasmachine
laundry: wasgoed wassen
curtains: gordijnen
carpet: vloerbedekking
childminder: gastouder oppas
nanny: oppas
supermarket: supermarkt boodschappen
library: bibliotheek
appointment: afspraak
hearing aid: gehoorapparaat
discount: korting
discounts: korting
discounted: korting
money off: korting
discount card: kortingspas korting pas
voucher: tegoed waardebon
vouchers: tegoed waardebon
coupon: tegoed waardebon
coupons: tegoed waardebon
pass: pas
passes: pas
city pass: stadspas korting
leisure pass: stadspas korting
bus pass: ov pas bus
free entry: gratis toegang
free admission: gratis toegang
reduced price: korting
reduced prices: korting
reduced rate: korting
reduced fee: korting
reduced fees: korting
concession: korting
concessions: korting
cheaper: goedkoper goedkoop
low income: laag inkomen minima
price: prijs
prices: prijzen
move: verhuizen
evict: uitzetting
passing: overleden
forgot: vergeten vergeetachtig
forgotten: vergeten vergeetachtig
counselor: hulpverlener
counselors: hulpverlener
train: trein ov
trains: trein ov
trained: opleiding
tennant: huurder
tennants: huurders
throat: keel
sore throat: keelpijn
weekend job: bijbaan bijbaantje
saturday job: bijbaan bijbaantje
summer job: vakantiewerk bijbaan
holiday job: vakantiewerk bijbaan
side job: bijbaan
part time: parttime deeltijd
odd jobs: klusjes
paper round: bijbaan folders
split up: scheiding
break up: scheiding
breakup: scheiding
mediator: bemiddelaar bemiddeling
parenting plan: ouderschapsplan
child support: kinderalimentatie
alimony: alimentatie
video call: videobellen beeldbellen
video calls: videobellen beeldbellen
video calling: videobellen beeldbellen
videocall: videobellen beeldbellen
facetime: videobellen beeldbellen
login: inloggen
log in: inloggen
log on: inloggen
sign in: inloggen
tablet: tablet
slots: gokken gokkast
slot machine: gokkast gokken
slot machines: gokkasten gokken
casino: casino gokken
bookie: gokken
bookmaker: gokken
scratch cards: krasloten gokken
family reunification: gezinshereniging
stomping: geluidsoverlast lawaai
stamping: geluidsoverlast lawaai
banging: geluidsoverlast lawaai
thumping: geluidsoverlast lawaai
bass: muziek geluidsoverlast
gunshots: schietpartij geweld
gunshot: schietpartij geweld
gunfire: schietpartij geweld
burglar: inbreker inbraak
burglars: inbrekers inbraak
burgle: inbraak ingebroken
burglarised: ingebroken inbraak
burglarized: ingebroken inbraak
break in: inbraak
broke in: inbraak ingebroken
intruder: inbreker inbraak
intruders: inbrekers inbraak
thieves: dieven
mugging: beroving
washer: wasmachine
tumble dryer: wasdroger
dryer: wasdroger
dishwasher: vaatwasser
freezer: vriezer
microwave: magnetron
oven: oven
kettle: waterkoker
toaster: broodrooster
hoover: stofzuiger
hoovering: stofzuigen
vacuum cleaner: stofzuiger
vacuuming: stofzuigen
heater: kachel verwarming
appliance: apparaat
appliances: apparaten witgoed
white goods: witgoed
packed in: kapot
packed up: kapot
conked out: kapot
stopped working: kapot
broken down: kapot
mend: repareren
fix up: repareren
weeds: onkruid tuin
weeding: onkruid wieden tuin
lawn: gras maaien tuin
lawns: gras tuin
mow: maaien gras
mowing: maaien gras
mower: grasmaaier maaien
lawnmower: grasmaaier maaien
hedge: heg
hedges: heggen heg
overgrown: verwilderd onkruid tuin
bend: bukken
bend down: bukken
kneel: knielen bukken
ipad: tablet
ipads: tablet
iphone: smartphone telefoon
android: smartphone telefoon
mobile phone: telefoon smartphone
cell phone: telefoon smartphone
cellphone: telefoon smartphone
app: app
apps: apps
whatsapp: whatsapp app
touchscreen: tablet smartphone
student loan: studieschuld studiefinanciering lening
student loans: studieschuld studiefinanciering lening
student debt: studieschuld schulden
student finance: studiefinanciering
buy now: achteraf betalen
pay later: achteraf betalen
klarna: achteraf betalen schulden
afterpay: achteraf betalen schulden
loan shark: woekeraar lening schulden
online shopping: webwinkel
webshop: webwinkel
picked on: gepest pesten
pick on: pesten
picking on: pesten
teased: gepest
teasing: pesten
taunted: gepest uitgescholden
called names: uitgescholden gepest
name calling: uitschelden pesten
assertive: weerbaar
self defence: weerbaarheid zelfverdediging
self defense: weerbaarheid zelfverdediging
self confidence: zelfvertrouwen
self esteem: zelfvertrouwen
anonymous: anoniem
anonymously: anoniem
confidential: vertrouwelijk anoniem
confidentially: vertrouwelijk anoniem
in confidence: vertrouwelijk anoniem
rehab: afkicken herstel verslaving
addict: verslaafd verslaving
addicts: verslaafden verslaving
housebound: aan huis gebonden thuis
homebound: aan huis gebonden thuis
bedbound: bedlegerig thuis
books: boeken
audiobooks: luisterboeken
audiobook: luisterboek
large print: grootletterboeken
borrow: lenen
phone call: telefoontje bellen
phone calls: telefoontjes bellen
adult: volwassene volwassen
adults: volwassenen
grown up: volwassene volwassen
grownup: volwassene volwassen
banking: bankzaken administratie
online banking: internetbankieren
finances: financien geld administratie
bank statements: afschriften administratie
direct debit: automatische incasso
direct debits: automatische incasso
standing order: automatische betaling
work experience: werkervaring
embarrassed: schaamte
ashamed: schaamte
coat: jas kleding
coats: jassen kleding
jacket: jas kleding
jackets: jassen kleding
winter coat: winterjas kleding
winter coats: winterjassen kleding
winter clothes: winterkleding kleding
shoes: schoenen kleding
antenatal: zwangerschap
prenatal: zwangerschap
pushchair: kinderwagen buggy
stroller: kinderwagen buggy
interpreting: tolk
chill out: chillen
meet locals: ontmoeten buurtbewoners buurt
the locals: buurtbewoners buurt
local people: buurtbewoners buurt
stair lift: traplift
feed: eten voeding
judged: oordeel
judging: oordeel
separating: scheiding
speak: spreken
speaking: spreken
bathroom: badkamer
bedroom: slaapkamer
application: aanvraag
fund: fonds
awake: wakker slapen
pool: zwembad
`;
