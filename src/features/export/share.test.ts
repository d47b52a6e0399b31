import { describe, expect, it } from 'vitest';
import { embedCode } from './share.ts';

describe('embedCode', () => {
  it('adds embed=1 to the link and keeps a name from the data as text inside its attribute', () => {
    const code = embedCode('https://llave.example/?competition=x&embed=0#top', 'Cup "A" <b>&</b> · Llave');
    expect(code).toBe(
      '<iframe src="https://llave.example/?competition=x&amp;embed=1" title="Cup &quot;A&quot; &lt;b&gt;&amp;&lt;/b&gt; · Llave"' +
        ' width="100%" height="640" frameborder="0" loading="lazy"></iframe>',
    );
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe('Cup "A" <b>&</b> · Llave');
    expect(frame?.getAttribute('src')).toBe('https://llave.example/?competition=x&embed=1');
  });
});
