/**
 * Name pools for the Firth Valley example: first names and surnames grouped
 * by family background, weighted roughly like a northern English city
 * region, so that first and last names go together plausibly. Pairs that
 * belong to well-known people are listed so they can be redrawn.
 */

import type { Rng } from '@muster/core';
import { at, pick } from './lib.js';
import type { Gender } from './region.js';

const words = (text: string): string[] => text.trim().split(/\s+/);

export interface NamePool {
  weight: number;
  female: string[];
  male: string[];
  surnames: string[];
}

export const NAME_POOLS: NamePool[] = [
  {
    weight: 0.66,
    female: words(`Bethan Caitlin Chloe Claire Deborah Eilidh Eleanor Fiona Gemma Grace Hannah Helen
      Imogen Isla Joanne Karen Kirsty Laura Leanne Lucy Megan Naomi Olivia Rachel Rebecca Rhiannon
      Rosa Ruth Sophie Stacey Tanya Lorna Morag Gillian Janet Pauline Kerry Donna Tamsin Esther Hollie
      Bronwen Catriona Louise Margaret Joy Mairead Niamh Siobhan Una Jasmine`),
    male: words(`Aaron Alistair Andrew Ben Callum Ciaran Colin Craig Daniel Darren Declan Duncan Euan
      Gareth Graham Ian Jack Jamie Joel Jonathan Keith Lee Liam Malcolm Martin Nathan Neil Oliver
      Owen Patrick Rhys Richard Rory Ross Sean Simon Stephen Stuart Thomas Wayne Zach Hugh Dafydd
      Gordon Lewis`),
    surnames: words(`Abbott Ainsworth Atherton Bancroft Barraclough Beattie Birtwistle Blackburn Bowyer
      Brennan Broadbent Buckley Burgess Butterworth Carr Chadwick Collier Connolly Crabtree Cunningham
      Dalton Delaney Dobson Doherty Dunlop Eastwood Ellison Entwistle Fenwick Fitzgerald Fletcher
      Forsyth Garside Greaves Greenwood Haigh Halliwell Hargreaves Hartley Haworth Hayward Heaton
      Holroyd Hopkins Jamieson Kavanagh Kenyon Kirkby Lawson Leach Lomax Lowe Lund Mackie McAllister
      McCrae McGowan McKenna Marsden Metcalfe Morrow Naylor O'Hara O'Neill Ormerod Pennington
      Pilkington Quinn Ramsden Rawcliffe Redfern Rowntree Shackleton Shaw Sinclair Slater Sowerby
      Stansfield Sutcliffe Thornton Townsend Varley Wainwright Walsh Whiteley Wilkinson`),
  },
  {
    weight: 0.1,
    female: words('Aisha Ayesha Fatima Nadia Saira Shabnam Yasmin Zainab Sana Maryam'),
    male: words('Adeel Faisal Hamza Imran Kamran Mohammed Samir Tariq Usman Yusuf Bilal'),
    surnames: words('Ahmed Akhtar Bhatti Chaudhry Hussain Iqbal Mahmood Malik Nadeem Rahman Rashid Siddiqui'),
  },
  {
    weight: 0.07,
    female: words('Harpreet Priya Simran Anjali Navneet Meena'),
    male: words('Anil Dev Rajesh Vikram Sanjay Arjun'),
    surnames: words('Patel Mistry Parekh Sharma Bhandari Agarwal Dhillon Gill Grewal Sandhu Bains'),
  },
  {
    weight: 0.08,
    female: words('Abimbola Amara Chidinma Nkechi Patience Adaeze Efua Marcia'),
    male: words('Chinedu Emeka Kwame Tunde Kofi Jamal Delroy Femi'),
    surnames: words('Adeyemi Boateng Mensah Okafor Okonkwo Osei Oduya Olawale Nwosu Baptiste Campbell-Reid'),
  },
  {
    weight: 0.025,
    female: words('Mei Lin Xin Hoa'),
    male: words('Wei Jun Hao Minh'),
    surnames: words('Chen Lam Tan Tran Yeung Ng'),
  },
  {
    weight: 0.025,
    female: words('Agnieszka Zofia Katarzyna Marta'),
    male: words('Marek Piotr Tomasz Pawel'),
    surnames: words('Nowak Wozniak Mazur Kaczmarek Wojcik'),
  },
];

/** First names for people who are neither a man nor a woman. */
export const UNISEX = words('Alex Sam Robin Jordan Charlie Rowan Kit Frankie Jules Morgan');

/** First-and-last pairs that belong to well-known people; redrawn if they come up. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'Adeel Akhtar',
  'Colin Beattie',
  'Darren Fletcher',
  'Declan McKenna',
  'Dev Patel',
  'Emeka Okafor',
  'Faisal Rashid',
  'Hugh Dalton',
  'Imran Ahmed',
  'Imran Hussain',
  'Jonathan Wilkinson',
  'Lorna Slater',
  "Martin O'Neill",
  'Martin Shaw',
  'Nadia Hussain',
  'Owen Hargreaves',
  'Patrick Kavanagh',
  'Rachel Hopkins',
  'Vikram Patel',
  'Wayne Dalton',
  'Zainab Ahmed',
  'Anil Sharma',
  'Louise Haigh',
  'Simon Burgess',
  'Stephen Shaw',
  "Jack O'Neill",
  'Alex Cunningham',
  'Callum Beattie',
]);

export function drawGender(rng: Rng): Gender {
  const r = rng();
  return r < 0.03 ? 'non-binary' : r < 0.54 ? 'female' : 'male';
}

function drawPool(rng: Rng): NamePool {
  let r = rng() * NAME_POOLS.reduce((sum, pool) => sum + pool.weight, 0);
  for (const pool of NAME_POOLS) {
    r -= pool.weight;
    if (r < 0) return pool;
  }
  return at(NAME_POOLS, 0);
}

function firstName(rng: Rng, pool: NamePool, gender: Gender): string {
  if (gender === 'non-binary') return pick(rng, UNISEX);
  // Some people carry a first name from another background than their surname.
  const from = rng() < 0.2 ? at(NAME_POOLS, 0) : pool;
  return pick(rng, gender === 'female' ? from.female : from.male);
}

/** Draws full names, never the same one twice. */
export function namer(rng: Rng): (gender: Gender) => string {
  const used = new Set<string>();
  return (gender) => {
    for (;;) {
      const pool = drawPool(rng);
      const name = `${firstName(rng, pool, gender)} ${pick(rng, pool.surnames)}`;
      if (!used.has(name) && !NOT_NAMES.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
