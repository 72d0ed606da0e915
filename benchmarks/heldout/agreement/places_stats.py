import csv
def load(p):
    with open(p,encoding='utf-8') as f:
        lines=[l for l in f if not l.startswith('#')]
    return {r['doc']:r for r in csv.DictReader(lines)}
tot={}
for c in ['I','G','I+G']:
    pass
res={}
for c in 'IG':
    g=load(f'/work/heldout/{c}/gold_places.csv'); s=load(f'/work/agree/{c}_places_second.csv')
    docs=sorted(s)
    dup=[d for d in docs if g[d].get('duplicate_of','').strip()]
    n=len(docs); agree=sum(g[d]['place_code']==s[d]['place_code'] for d in docs)
    nit=lambda r,k: 'not in text' in r[k].lower()
    strict=[d for d in docs if not nit(g[d],'place_note') and not nit(s[d],'note')]
    mine_empty_nit=[d for d in docs if s[d]['place_code']=='' and nit(s[d],'note')]
    sub=[d for d in docs if d not in mine_empty_nit]
    gnit=[d for d in docs if nit(g[d],'place_note')]
    dd=[d for d in docs if g[d]['date'] or s[d]['date']]
    dagree=sum(g[d]['date']==s[d]['date'] for d in dd)
    res[c]=dict(n=n,agree=agree,strict=(len(strict),sum(g[d]['place_code']==s[d]['place_code'] for d in strict)),
      sub=(len(sub),sum(g[d]['place_code']==s[d]['place_code'] for d in sub)),
      gnit=(len(gnit),sum(g[d]['place_code']==s[d]['place_code'] for d in gnit)),
      dates=(len(dd),dagree), dup=dup)
    print(c,res[c])
tot={k:tuple(map(sum,zip(*[res[c][k] if isinstance(res[c][k],tuple) else (res[c][k],) for c in 'IG']))) for k in ['n','agree','strict','sub','gnit','dates']}
print('total',tot)
