"""The pattern matcher of scripts/mine-places (issue #13): the gazetteer index and the
reading of «KIND NAME ANCHOR» in normalised token lists. See the docstring of mine-places."""
import collections
import csv

from mine_places_words import *  # noqa: F401,F403 (the word lists are this module's vocabulary)

def strip_clitic(t, allowed='وبلف'):
    """One leading clitic letter (two for «وب», «ول», «فب»): returns the candidates."""
    out = [t]
    if len(t) > 3 and t[0] in allowed:
        out.append(t[1:])
        if len(t) > 4 and t[0] in 'وف' and t[1] in 'بل':
            out.append(t[2:])
    return out


class Gazetteer:
    def __init__(self, path):
        self.rows = {}
        self.index = collections.defaultdict(set)
        with open(path, encoding='utf-8') as f:
            for r in csv.DictReader(f):
                r['level'] = int(r['level'])
                r['gov'] = r['pcode'][:4] if r['pcode'].startswith('SY') else r['parent_pcode'][:4]
                hint = (r.get('admin3_hint') or '').split(' ')[0]
                r['chain'] = r['pcode'] if r['pcode'].startswith('SY') else (hint or r['gov']) + '~'
                self.rows[r['pcode']] = r
                names = [r['name_ar']] + [a for a in r['aliases_ar'].split('|') if a]
                for n in names:
                    k = nphrase(n)
                    if k:
                        self.index[k].add(r['pcode'])
        self.gov_names = {}
        for p, r in self.rows.items():
            if r['level'] == 1:
                self.gov_names[nphrase(r['name_ar'])] = p
        self.gov_names['دمشق'] = 'SY03'  # «ريف دمشق» is Rif Dimashq, not Damascus
        self.known = set(self.index)
        for k in list(self.index):
            self.known.add(k[2:] if k.startswith('ال') else 'ال' + k)

    def lookup(self, key):
        return self.index.get(key)

    def is_ancestor(self, a, b):
        """a lies on b's chain (a == b or a contains b)."""
        ca, cb = self.rows[a]['chain'], self.rows[b]['chain']
        return cb.startswith(ca.rstrip('~'))


class Miner:
    def __init__(self, gaz):
        self.gaz = gaz
        self.region_index = {}
        for i, (name, _en, _gov, aliases, _lat, _lon) in enumerate(REGIONS):
            for n in [name] + [a for a in aliases.split('|') if a]:
                self.region_index[nphrase(n)] = i
        # (name_key) -> list of (article_no, anchor_pcode, region or '', kind, surface)
        self.hits = collections.defaultdict(list)
        self.dyn_regions = collections.Counter()
        self.common = set()  # words of the non-Syrian articles (set before mining)  # «ريف Y dir» forms not in REGIONS

    # -- anchors -------------------------------------------------------------------------
    def parse_anchor(self, nt, j, kind):
        """Anchor at token j: (pcode, region_index|None, strong, end) or None; strong: «ريف Y», a
        region, a direction («شمال Y»), «قرب Y» or «محافظة Y» (cues good enough without a
        kind word)."""
        n = len(nt)
        k = j
        prep = None
        if k < n and nt[k] in LINKS:
            k += 1
            if k < n and nt[k] in ('في', 'الى', 'ضمن'):
                k += 1
                prep = 'in'
        if prep is None and k < n:
            t = nt[k]
            if t in ('في', 'ضمن', 'داخل'):
                prep, k = 'in', k + 1
            elif t == 'بالقرب' and k + 1 < n and nt[k + 1] == 'من':
                prep, k = 'near', k + 2
            elif t in NEAR:
                prep, k = 'near', k + 1
        # directions: «شمال», «بشمال», «في شمال», «شمال شرق», «شمال شرقي»
        if k < n:
            cands = strip_clitic(nt[k], 'ب')
            if any(c in DIRS for c in cands):
                prep, k = 'dir', k + 1
                if k < n and nt[k] in DIRS:
                    k += 1
                if k < n and nt[k] == 'من':
                    k += 1
        if k >= n:
            return None
        first = nt[k]
        clitic = False
        if prep is None:
            # the preposition is a clitic on the next word: «بريف», «بحلب», «لناحية»
            if len(first) > 2 and (first[0] == 'ب' or (first[0] == 'ل' and k > j)):
                first = first[1:]
                prep = 'in'
                clitic = True
            else:
                return None
        seq = [first] + nt[k + 1:k + 5]
        for L in range(min(4, len(seq)), 0, -1):
            ri = self.region_index.get(' '.join(seq[:L]))
            if ri is not None:
                return (REGIONS[ri][2], ri, True, k + L)
        cont = None
        off = 0
        if seq[0] in CONTAINERS:
            cont, off = seq[0], 1
            if cont == 'العاصمه':  # only «العاصمة السورية»; «العاصمة دمشق» goes on below
                if seq[1:2] == ['السوريه']:
                    return (self.pick(self.gaz.lookup('دمشق'), deepest=True), None, False, k + 2)
        for L in range(min(3, len(seq) - off), 0, -1):
            key = ' '.join(seq[off:off + L])
            pcodes = self.gaz.lookup(key)
            if not pcodes:
                continue
            end = k + off + L
            if clitic and off == 0 and nt[k] in self.common and \
                    min(self.gaz.rows[p]['level'] for p in pcodes) > 2:
                continue  # «بصدد» is a word, not «ب» + the town صدد
            if cont == 'ريف':
                dir_ = ' '.join(seq[off + L:off + L + 1])
                if dir_ in DIR_ADJ:
                    self.dyn_regions['ريف ' + key + ' ' + dir_] += 1
                    end += 1
                if key in self.gaz.gov_names:
                    return (self.gaz.gov_names[key], None, True, end)
                p = self.pick(pcodes, deepest=False)
                return (p, None, True, end) if p else None
            govs = {self.gaz.rows[p]['gov'] for p in pcodes}
            if len(govs) > 1:
                return None
            cue = prep in ('dir', 'near') or cont == 'محافظه'
            has_gov = any(self.gaz.rows[p]['level'] == 1 for p in pcodes)
            city = cont in ('مدينه', 'بلده', 'قريه') or prep in ('dir', 'near') or kind == 'حي'
            if has_gov and not city:
                return (govs.pop(), None, cue, end)
            p = self.pick(pcodes, deepest=True)
            return (p, None, cue, end) if p else None
        return None

    def pick(self, pcodes, deepest):
        if not pcodes:
            return None
        rows = [self.gaz.rows[p] for p in pcodes]
        if len({r['gov'] for r in rows}) > 1:
            return None
        rows = [r for r in rows if r['level'] > 1] or rows
        rows.sort(key=lambda r: (r['level'], r['pcode']), reverse=deepest)
        return rows[0]['pcode']

    # -- names ---------------------------------------------------------------------------
    @staticmethod
    def name_token(t):
        return ARABIC_WORD.match(t) is not None and t not in STOP_NAME_AT and t not in STOP

    @staticmethod
    def conj(t):
        return len(t) > 2 and t[0] == 'و' and t not in VWORDS and t[:4] != 'وادي'

    def read_name(self, nt, s, kind):
        """Name starting at s: ('anchor', end, anchor) | ('conj', end) | None."""
        n = len(nt)
        for m in range(s + 1, min(s + 3, n) + 1):
            head = nt[s] in NAME_HEADS and m - 2 == s  # «تل واسط»: the و is the name's
            if not self.name_token(nt[m - 1]) or nt[m - 1] in TRAIL or \
                    (m - 1 > s and self.conj(nt[m - 1]) and not head):
                return None
            if m >= n:
                return None
            k = m
            while k < n and k < m + 3 and nt[k] in TRAIL:
                k += 1
            if k >= n:
                return None
            a = self.parse_anchor(nt, k, kind)
            if a:
                return ('anchor', m, a)
            if k == m and m == s + 1 and nt[s] in NAME_HEADS:
                continue
            if self.conj(nt[k]) or nt[k] in ('،', ',', 'و'):
                return ('conj', m) if k == m else None
            if k > m:
                return None
        return None

    def mine_article(self, no, raw, nt):
        n = len(nt)
        done = set()
        for i in range(n - 2):
            kind = None
            listy = False
            for c in strip_clitic(nt[i]):
                if c in KINDS:
                    kind = KINDS[c]
                elif c in LIST_KINDS:
                    kind, listy = LIST_KINDS[c], True
            if kind is None:
                continue
            items = []
            s = i + 1
            anchor = None
            for _ in range(6):
                r = self.read_name(nt, s, kind)
                if r is None:
                    break
                items.append((s, r[1], kind))
                if r[0] == 'anchor':
                    anchor = r[2]
                    break
                # next list item: «وY», «وبلدة Y», «، Y», «، وبلدة Y»
                s = r[1]
                if nt[s] in ('،', ','):
                    if not listy and not (s + 1 < n and self.conj(nt[s + 1])):
                        break
                    s += 1
                    if s >= n:
                        break
                if nt[s] == 'و' and s + 1 < n:
                    s += 1
                    if nt[s] in KINDS or nt[s] in LIST_KINDS:
                        kind = KINDS.get(nt[s]) or LIST_KINDS[nt[s]]
                        s += 1
                elif self.conj(nt[s]):
                    stripped = nt[s][1:]
                    if stripped in KINDS or stripped in LIST_KINDS:
                        kind = KINDS.get(stripped) or LIST_KINDS[stripped]
                        s += 1
                    else:
                        nt = nt[:s] + [stripped] + nt[s + 1:]
                        raw = raw[:s] + [raw[s][1:]] + raw[s + 1:]
                elif listy is False:
                    break
                if s >= n:
                    break
            if anchor is None:
                continue
            for (a, b, kd) in items:
                if (a, b) in done:
                    continue
                done.add((a, b))
                self.add(no, nt[a:b], raw[a:b], kd, anchor)
        # Pattern B: «في NAME بريف Y», «في NAME في الغوطة الشرقية», «في NAME شمال Y» (no kind word)
        for m in range(2, n):
            t = nt[m]
            if not (t[:1] == 'ب' or t in ('في', 'قرب', 'بالقرب') or t in DIRS):
                continue
            for L in (1, 2, 3):
                s = m - L
                if s < 1 or (s, m) in done:
                    continue
                if nt[s - 1] not in PREPS_B:
                    continue
                if not all(self.name_token(x) and x not in TRAIL for x in nt[s:m]) or \
                        any(self.conj(x) for x in nt[s + 1:m]):
                    break
                a = self.parse_anchor(nt, m, '')
                if a and (a[1] is not None or a[2]):
                    done.add((s, m))
                    self.add(no, nt[s:m], raw[s:m], '', a)
                    break

    def add(self, no, ntoks, rtoks, kind, anchor):
        key = ' '.join(ntoks)
        if len(key.replace(' ', '')) < 2:
            return
        self.hits[key].append((no, anchor[0], anchor[1], kind, ' '.join(rtoks)))


def find_phrases(nt, wanted):
    """The keys of `wanted` (normalised phrases of 1-4 words) occurring in nt; the first
    word may carry a clitic (و/ب/ل/ف)."""
    found = set()
    n = len(nt)
    for i in range(n):
        for g in strip_clitic(nt[i]):
            for L in range(4):
                if g in wanted:
                    found.add(g)
                if i + L + 1 >= n:
                    break
                g = g + ' ' + nt[i + L + 1]
    return found
