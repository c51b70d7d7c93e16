import { collapseRepeatedLetters } from './normalise.js';

/**
 * Cue groups of the frame reader (docs/adr/0012-safety-net.md, thirteenth round): broad word groups
 * for what places a crisis's words outside the writer's now. Unlike the guards of
 * src/safety/rules/frames.ts they decide nothing on their own: each group is a feature of the
 * learned frame reader (src/safety/frameReader.ts), beside the words, word pairs and word
 * beginnings, so a medium, a study or a past the lists never named still weighs through its
 * group or its first letters ("filmpje" reads "film", "podcastaflevering" reads "podc").
 *
 * Words are written in ordinary spelling; the sets hold them as the normaliser squeezes them.
 */
const groups = {
  /** Fiction and media as the setting of the story. */
  media: `film films filmpje filmpjes movie movies serie series aflevering afleveringen seizoen episode
    episodes season docu docus documentaire documentary vlog vlogs vlogger podcast podcasts youtube
    youtuber tiktok instagram facebook reel reels netflix videoland stream streamer video videos
    clip clips boek boeken book books roman novel thriller verhaal verhalen story stories sprookje
    strip strips stripboek manga anime comic comics game games gamen spel spelletje shooter
    personage personages character characters hoofdpersoon hoofdrolspeler hoofdrol rol role acteur
    actrice actor actress toneel toneelstuk toneeltekst play voorstelling musical theater theatre
    opera hoorspel radio tv televisie programma show liedje lied lyrics songtekst song songs rapper
    rap zanger zangeres singer gedicht poem schilderij painting museum bioscoop cinema journaal
    krant scene plot fictie fiction scenario script horror horrorfilm soap reality
    rollenspel`,
  /** A course, a talk, a study, a campaign: the crisis as a subject. */
  study: `cursus cursussen training trainingen workshop webinar lezing les lessen gastles lesson
    lessons class course spreekbeurt werkstuk presentatie presentation scriptie thesis essay verslag
    onderzoek research enquete survey vragenlijst stage opleiding studie studeer student studenten
    project poster posters folder folders brochure campagne campaign themamiddag themaavond
    informatieavond bijeenkomst congres symposium voorlichting learning module materiaal
    lesmateriaal meldcode preventie prevention signalen herkennen recognise recognising cijfers
    statistics gastspreker spreker speaker maatschappijleer psychologie psychology interview
    interviewen inzamelen boekentafel`,
  /**
   * A past: time markers and past-tense forms that say when. Session 23 (nearmiss23): history and
   * forebears ("mijn overgrootmoeder", "in de vorige eeuw", "voor geschiedenis") place it further.
   */
  past: `geleden vroeger destijds toen ooit terug jaren tachtig negentig zestig zeventig twintiger
    dertiger jeugd kindertijd tienerjaren studententijd studietijd jochie tiener puber was waren
    werd werden had hadden deed wilde sloeg sneed ago back then used were childhood teens twenties
    sixties seventies eighties nineties teenager overgrootmoeder overgrootvader overgrootouders
    betovergrootmoeder betovergrootvader voorouders voorvaders eeuw eeuwen geschiedenis
    geschiedenisles historisch historische history historical century centuries ancestors
    ancestor`,
  /** A sign that a past is over. */
  over: `goed prima gelukkig beter hersteld bovenop overheen achter verleden voorbij afgesloten
    verwerkt plek overleden inmiddels sterker hertrouwd fine well great recovered behind passed
    peacefully happily stronger`,
  /** A joke or an exaggeration said so. */
  jest: `haha hahaha hihi lol xd grapje grap geintje knipoog lmao jk kidding joke joking overdrijf
    figuurlijk lachen`,
  /** A question asked in general terms. */
  general: `algemeen algemene general eigenlijk stel iemand someone signalen ooit ever vermoed
    vermoedt vermoeden suspect hoe how welke`,
  /** A dream. */
  dream: `droom dromen droomde gedroomd nachtmerrie nachtmerries dream dreams dreamt dreaming
    nightmare nightmares`,
  /** Words of now, of what goes on, or of what is about to happen. */
  now: `nu net vannacht vanavond vandaag gisteren straks morgen weer elke iedere steeds altijd nog
    tonight now today yesterday again every still right plan klaar`,
  /** The writer. */
  self: `ik me mij mezelf mijzelf i myself`,
} as const;

export type FrameCueGroup = keyof typeof groups;

export const frameCueGroups = Object.keys(groups) as FrameCueGroup[];

const groupOfWord = new Map<string, FrameCueGroup[]>();
for (const group of frameCueGroups) {
  for (const word of groups[group].split(/\s+/)) {
    if (word === '') continue;
    const key = collapseRepeatedLetters(word);
    const list = groupOfWord.get(key) ?? [];
    if (!list.includes(group)) list.push(group);
    groupOfWord.set(key, list);
  }
}

/** A year from the last century or this one ("in 1995", "in 2012") is a past. */
const yearPattern = /^(?:19[0-9]{2}|20[0-2][0-9])$/;

/** The cue groups of one normalised word. */
export function cueGroupsOfWord(word: string): readonly FrameCueGroup[] {
  if (yearPattern.test(word)) return ['past'];
  return groupOfWord.get(word) ?? [];
}
