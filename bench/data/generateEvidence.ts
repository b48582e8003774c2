import { EVIDENCE_KINDS, type EvidenceKind } from '../../lib/db/records';
import type { NewEvidence } from '../../lib/evidence/evidenceRepo';

/** mulberry32: tiny, fast and seedable, so every run measures exactly the same data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

/** One to `max` distinct entries: a clip is tagged with one or two goals, not all of them. */
function pickSome<T>(random: Random, list: readonly T[], max: number): T[] {
  const wanted = 1 + Math.floor(random() * max);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(wanted, list.length)) chosen.add(pick(random, list));
  return [...chosen];
}

/**
 * Subjects with words of their own, so a word prefix matches one topic's share
 * of the library (about 1/SUBJECTS.length), the way a student's search would.
 * No word outside `robotics` starts with "robot": the prefix scenario relies on it.
 */
const SUBJECTS: readonly { name: string; site: string; words: readonly string[] }[] = [
  {
    name: 'biology lab',
    site: 'biology',
    words: ['photosynthesis', 'enzymes', 'microscope', 'cells'],
  },
  { name: 'chemistry', site: 'chem', words: ['titration', 'molecules', 'reaction', 'bonds'] },
  { name: 'physics', site: 'physics', words: ['momentum', 'circuits', 'velocity', 'pendulum'] },
  { name: 'robotics club', site: 'robotics', words: ['robot', 'robotics', 'servo', 'sensors'] },
  { name: 'algebra', site: 'math', words: ['equations', 'functions', 'quadratic', 'slope'] },
  { name: 'geometry', site: 'math', words: ['proofs', 'triangles', 'angles', 'theorem'] },
  { name: 'statistics', site: 'stats', words: ['survey', 'sample', 'histogram', 'variance'] },
  { name: 'US history', site: 'history', words: ['constitution', 'reconstruction', 'amendment'] },
  { name: 'world history', site: 'history', words: ['empire', 'revolution', 'trade', 'silk'] },
  { name: 'civics', site: 'civics', words: ['legislature', 'ballot', 'town', 'meeting'] },
  { name: 'English literature', site: 'english', words: ['novel', 'poetry', 'theme', 'narrator'] },
  { name: 'creative writing', site: 'writing', words: ['story', 'character', 'dialogue', 'draft'] },
  { name: 'Spanish', site: 'spanish', words: ['vocabulario', 'conversation', 'subjunctive'] },
  { name: 'French', site: 'french', words: ['grammaire', 'listening', 'dictation'] },
  { name: 'art studio', site: 'art', words: ['sketchbook', 'watercolor', 'portrait', 'critique'] },
  { name: 'music ensemble', site: 'music', words: ['rehearsal', 'concert', 'rhythm', 'scales'] },
  { name: 'theater', site: 'theater', words: ['monologue', 'staging', 'audition', 'script'] },
  { name: 'health', site: 'health', words: ['nutrition', 'sleep', 'wellness', 'habits'] },
  { name: 'physical education', site: 'pe', words: ['fitness', 'endurance', 'teamwork'] },
  { name: 'computer science', site: 'cs', words: ['python', 'algorithm', 'debugging', 'loops'] },
  { name: 'environmental science', site: 'envsci', words: ['watershed', 'compost', 'climate'] },
  { name: 'economics', site: 'econ', words: ['budget', 'supply', 'demand', 'inflation'] },
  { name: 'internship', site: 'careers', words: ['mentor', 'workplace', 'timesheet', 'interview'] },
  { name: 'community service', site: 'service', words: ['volunteer', 'food', 'shelter', 'hours'] },
  { name: 'woodworking', site: 'cte', words: ['joinery', 'lathe', 'measurements', 'safety'] },
  { name: 'culinary arts', site: 'cte', words: ['recipe', 'knife', 'plating', 'sanitation'] },
  { name: 'journalism', site: 'news', words: ['headline', 'editorial', 'sources', 'deadline'] },
  { name: 'photography', site: 'photo', words: ['exposure', 'composition', 'portfolio', 'lens'] },
  { name: 'agriculture', site: 'ag', words: ['greenhouse', 'soil', 'seedlings', 'harvest'] },
  { name: 'student council', site: 'council', words: ['agenda', 'minutes', 'fundraiser'] },
];

const ACTIONS = [
  'Finished',
  'Revised',
  'Presented',
  'Drafted',
  'Shared',
  'Reflected on',
  'Started',
];
const ARTIFACTS = ['project', 'lab report', 'essay', 'presentation', 'poster', 'quiz', 'notes'];
const NOTE_OPENERS = [
  'Got feedback from my teacher about',
  'I want to remember how I handled',
  'This shows my progress with',
  'Worked with a partner on',
  'Still need to improve',
  'Proud of how I explained',
];
const NOTE_CLOSERS = [
  'Next time I will plan my time better.',
  'I asked for help when I got stuck.',
  'The rubric said I met the standard.',
  'I revised it twice after peer review.',
  'This connects to my goal for the semester.',
  'I would like to share this at my PLP conference.',
];

const DAY_MS = 86_400_000;
/** A fixed end date, so capturedAt never depends on when the bench runs. */
const END_AT = Date.UTC(2025, 5, 15);

export interface EvidenceDataOptions {
  count: number;
  goalIds: readonly string[];
  skillIds: readonly string[];
  seed: number;
  /** How far back capturedAt reaches; three school years by default. */
  spanDays?: number;
}

function kindOf(random: Random): EvidenceKind {
  // Screenshots and links dominate real clipping; the rest are rarer.
  const weighted: readonly EvidenceKind[] = [
    'visible',
    'visible',
    'region',
    'link',
    'link',
    'selection',
  ];
  return random() < 0.8 ? pick(random, weighted) : pick(random, EVIDENCE_KINDS);
}

/** Deterministic, plausible evidence: same options, same items, on every machine. */
export function generateEvidence(options: EvidenceDataOptions): NewEvidence[] {
  const { count, goalIds, skillIds, seed, spanDays = 3 * 365 } = options;
  const random = createRandom(seed);
  const items: NewEvidence[] = [];
  for (let i = 0; i < count; i++) {
    const subject = pick(random, SUBJECTS);
    const word = pick(random, subject.words);
    const other = pick(random, subject.words);
    const kind = kindOf(random);
    const id = `ev-${String(i).padStart(6, '0')}`;
    items.push({
      id,
      kind,
      title: `${pick(random, ACTIONS)} ${subject.name} ${pick(random, ARTIFACTS)}: ${word}`,
      note: `${pick(random, NOTE_OPENERS)} ${other} in ${subject.name}. ${pick(random, NOTE_CLOSERS)}`,
      url: `https://classroom.example.edu/${subject.site}/${Math.floor(random() * 1e6)}`,
      capturedAt: END_AT - Math.floor(random() * spanDays * DAY_MS),
      goalIds: pickSome(random, goalIds, 2),
      skillIds: pickSome(random, skillIds, 2),
      contentHash: Math.floor(random() * 2 ** 52)
        .toString(16)
        .padStart(13, '0'),
      mediaId: kind === 'link' || kind === 'selection' ? null : `media-${id}`,
    });
  }
  return items;
}
