/**
 * Everyday Dutch (and some English) words, folded. Two uses:
 * 1. parts for splitting compound words that the knowledge itself does not spell out on their
 *    own (schuld + hulp + verlening, huiswerk + begeleiding, geld + zorgen);
 * 2. words that are real and must never be "corrected" into a word of the knowledge: without this
 *    list, "gestolen" would become "gesloten" and "fiets" something else.
 * The vocabulary of the knowledge (names, keywords, descriptions, synonyms) is added to this list
 * when an index is built, so partners never have to edit this file.
 */
const common = `
  geld schuld schulden hulp verlening hulpverlening zorg zorgen werk begeleiding ondersteuning
  mantel mantelzorg huis huiswerk taal les lessen cursus school kind kinderen baby peuter kleuter
  puber tiener jongere jongeren jeugd ouder ouders vader moeder papa mama opa oma zoon dochter
  broer zus familie gezin partner man vrouw vriend vriendin vrienden buur buren buurman buurvrouw
  buurt wijk stad dorp straat huur huurder huurachterstand achterstand woning woningen kamer flat
  verhuizen dakloos opvang meubels bed bank stoel tafel keuken koelkast wasmachine spullen kleding
  kleren schoenen eten voedsel voedselbank pakket maaltijd boodschappen honger koken drinken
  rekening rekeningen brief brieven post formulier formulieren aanvraag toeslag toeslagen
  belasting belastingdienst uitkering bijstand inkomen salaris loon pensioen aow budget
  budgetcoach armoede arm rijk betalen betaling aanmaning incasso deurwaarder beslag boete
  energie gas stroom water internet telefoon computer laptop tablet digid mail email website
  app online digitaal lezen schrijven rekenen spreken nederlands engels turks arabisch
  inburgering nieuwkomer nieuwkomers statushouder vluchteling werkloos baan banen vacature
  solliciteren sollicitatie stage opleiding diploma vrijwilliger vrijwilligers vrijwilligerswerk
  eenzaam eenzaamheid alleen contact gezelschap ontmoeten ontmoeting koffie praten gesprek
  luisteren activiteit activiteiten uitje wandelen fietsen fiets auto bus trein taxi vervoer
  rolstoel scootmobiel reizen rijbewijs gezond gezondheid ziek ziekte pijn moe slapen slaap
  stress angst bang paniek somber depressie depressief verdriet rouw overleden dood boos
  agressie ruzie conflict scheiding scheiden gescheiden omgang relatie huwelijk trouwen zwanger
  bevalling opvoeden opvoeding opgroeien gedrag luisteren pesten gepest veilig onveilig geweld
  mishandeling misbruik slaan bedreiging huiselijk politie verslaving verslaafd alcohol drank
  drugs gokken gamen roken blowen dokter huisarts ziekenhuis psycholoog medicijnen tandarts
  oud oudere ouderen senior senioren vergeetachtig dementie beperking handicap doof blind
  sport sporten bewegen voetbal zwemmen fitness dansen muziek spelen speeltuin tuin moestuin
  natuur repareren reparatie kapot maken klus klussen kapper winkel markt kerk moskee
  buurthuis wijkcentrum gemeente loket spreekuur afspraak advies informatie vraag antwoord
  recht rechten rechter advocaat juridisch bezwaar contract ontslag wet regels
  gestolen stelen dief belde bellen belt gebeld inbraak verloren kwijt vuilnis afval container parkeren paspoort
  rijbewijs verkeer weer vakantie feest verjaardag cadeau hond kat huisdier dier dierenarts
  vandaag morgen gisteren avond nacht ochtend weekend tijd geluk blij moeilijk lastig zwaar
  probleem problemen zorgen vol druk rustig stil hard snel langzaam klein groot nieuw oud
  leeftijd jaar maand week dag uur geld tekort krap kas rood staan rondkomen sparen lenen
  lening bank pinpas schuldhulp schuldeiser schuldsanering stadsbank coach maatje buddy
  mantelzorger respijt verzorgen verzorging thuiszorg wijkverpleging verpleging
  kinderopvang opvang oppas peuterspeelzaal bso speelgoed kleding kinderkleding
  verhuis verhuizing sleutel slot deur raam lekkage schimmel huisbaas corporatie verhuurder
  zorgverzekering verzekering eigen risico bijdrage gratis kosten prijs goedkoop duur
`;

const english = `
  lonely loneliness alone friends friend food bank debt debts money bills rent house housing
  home job work school child children kid kids baby parents parent family language dutch
  learn learning lessons course doctor health sick stress anxiety depression sad neighbours
  neighbors noise divorce separation violence abuse safe unsafe addiction alcohol drugs
  volunteer volunteering elderly old care carer caregiver homework furniture clothes forms
  letters tax benefits income unemployed bike bicycle stolen lost police
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

export const COMMON_WORDS: ReadonlySet<string> = new Set([...words(common), ...words(english)]);
