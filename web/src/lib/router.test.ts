import { describe, expect, test } from 'vitest';
import { matchPath } from './router.tsx';

describe('matchPath', () => {
  test('static and parameterised paths', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/can-bo', '/can-bo/')).toEqual({});
    expect(matchPath('/to-chuc/:id', '/to-chuc/abc-123')).toEqual({ id: 'abc-123' });
    expect(matchPath('/to-chuc/:id', '/to-chuc/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/to-chuc/:id', '/to-chuc')).toBeNull();
    expect(matchPath('/can-bo/them-moi', '/can-bo/123')).toBeNull();
    expect(matchPath('/to-chuc/:id', '/to-chuc/%E0%A4%A')).toBeNull();
  });
});
