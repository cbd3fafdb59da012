// The grant record reconcile keeps in the ops repo (who the roster gave access to), and the masking
// of the Mailman secrets: pure functions, tested on their own.
import { describe, expect, it } from 'vitest';
import {
  formerPeople,
  parseGrantRecord,
  sameGrants,
  serializeGrantRecord,
  unionGrants,
} from '../../actions/lib/domain/reconcile/grants.js';
import { mailmanSecrets } from '../../actions/lib/entry/services.js';

describe('the grant record', () => {
  const people = [
    { login: 'zed', id: 9 },
    { login: 'Alice', id: 1, email: 'alice@example.org' },
  ];

  it('is written one person a line, sorted, and reads back the same', () => {
    const text = serializeGrantRecord({ people });
    expect(text.split('\n').slice(4, 6)).toEqual([
      '    {"login":"Alice","id":1,"email":"alice@example.org"},',
      '    {"login":"zed","id":9}',
    ]);
    const back = parseGrantRecord(text);
    expect('people' in back && sameGrants(back.people, people)).toBe(true);
    expect(serializeGrantRecord({ people: [] })).toContain('"people": []');
  });

  it('refuses text it did not write, saying why and never echoing it', () => {
    expect(parseGrantRecord('<html>secret</html>')).toEqual({ problem: 'it is not JSON' });
    expect(parseGrantRecord('{"format":2,"people":[]}')).toEqual({
      problem: 'it is not a format-1 record with a "people" list',
    });
    expect(parseGrantRecord('{"format":1,"people":[{"id":3}]}')).toEqual({ problem: 'entry 1 has no login' });
    expect(parseGrantRecord('{"format":1,"people":[{"login":"a","id":1.5}]}')).toEqual({
      problem: 'entry 1 has an id that is not a GitHub id',
    });
  });

  it('a union keeps everyone, and an old address of someone who stays', () => {
    const union = unionGrants(
      [
        { login: 'alice', id: 1, email: 'old@example.org' },
        { login: 'gone', id: 5 },
      ],
      [{ login: 'alice', id: 1, email: 'alice@example.org' }],
    );
    expect(union).toEqual([
      { login: 'alice', id: 1, email: 'alice@example.org' },
      { login: 'alice', id: 1, email: 'old@example.org' },
      { login: 'gone', id: 5 },
    ]);
  });

  it('former people: in the record, not in the roster (by id, else login)', () => {
    const record = [{ login: 'alice', id: 1 }, { login: 'renamed-old', id: 2 }, { login: 'carol' }];
    expect(formerPeople(record, [{ login: 'alice' }, { login: 'renamed-new', id: 2 }])).toEqual([{ login: 'carol' }]);
  });
});

describe('I: the Mailman secrets masked in the action log', () => {
  it('masks the user, the password, the URL and every part of credentials inside the URL', () => {
    const secrets = mailmanSecrets({
      url: 'https://rest%40admin:p%C3%A4ss-w0rd@lists.example.org/3.1/',
      user: 'restadmin',
      password: 'hunter2',
    });
    expect(secrets).toEqual(
      expect.arrayContaining([
        'restadmin',
        'hunter2',
        'https://rest%40admin:p%C3%A4ss-w0rd@lists.example.org/3.1/',
        'https://rest%40admin:p%C3%A4ss-w0rd@lists.example.org/3.1',
        'p%C3%A4ss-w0rd',
        'päss-w0rd',
        'rest%40admin',
        'rest@admin',
      ]),
    );
    expect(mailmanSecrets({})).toEqual([]);
  });
});
