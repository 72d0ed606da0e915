import csv,sys
def load(p):
    with open(p,encoding='utf-8') as f:
        lines=[l for l in f if not l.startswith('#')]
    return {r['doc']:r for r in csv.DictReader(lines)}
for c in 'IG':
    g=load(f'/work/heldout/{c}/gold_places.csv'); s=load(f'/work/agree/{c}_places_second.csv')
    print('==',c,len(g),len(s), 'missing', sorted(set(s)-set(g)), sorted(set(g)-set(s)))
    for d in sorted(s):
        G=g[d];S=s[d]
        gn=G.get('place_note','') ; sn=S['note']
        pm = G['place_code'].strip()==S['place_code'].strip()
        dm = G['date'].strip()==S['date'].strip()
        flag=('' if pm else 'PLACE ')+('' if dm else 'DATE ')
        if flag or 'not in text' in gn.lower():
            print(d,flag,'| gold',G['place_code'],G['place_name'],G['place_level'],'|',gn[:200],'| date',G['date'],G.get('date_note','')[:120],'| dup',G.get('duplicate_of',''))
            print('    mine',S['place_code'],S['place_name'],'|',sn,'| date',S['date'])
