import { describe, expect, it } from 'vitest';
import { problemAt, problemsUnder, unplacedProblems } from './problems';

const problems = [
  { field: 'name', message: 'The name is required.' },
  { field: 'tiers[1]', message: 'Tier 25–50 overlaps.' },
  { field: 'tiers[1].value', message: 'Tier 2: the amount is wrong.' },
  { field: 'targets', message: 'Choose at least one product.' },
];

describe('field problems', () => {
  it('finds the problems of a field and of what is inside it', () => {
    expect(problemAt(problems, 'name')).toBe('The name is required.');
    expect(problemAt(problems, 'couponCode')).toBeUndefined();
    expect(problemsUnder(problems, 'tiers[1]')).toEqual([
      'Tier 25–50 overlaps.',
      'Tier 2: the amount is wrong.',
    ]);
    expect(problemsUnder(problems, 'tiers[10]')).toEqual([]);
    expect(problemsUnder(problems, 'tiers[1]', ['tiers[1].value'])).toEqual(['Tier 25–50 overlaps.']);
  });

  it('lists the problems no field shows', () => {
    expect(unplacedProblems(problems, ['name', /^tiers\[\d+\]/])).toEqual([problems[3]]);
  });
});
