import csv,glob,os,collections
gold={}
for f in sorted(glob.glob('/work/heldout/H/gold/*.gold.csv')):
    doc=os.path.basename(f).split('.')[0]
    for i,r in enumerate(csv.DictReader(open(f,encoding='utf-8-sig')),1):
        gold[(doc,str(i))]=r
mine=list(csv.DictReader(open('H_second.csv',encoding='utf-8')))
cats=['organization','personnel','funds','supplies','activity','coverage','other']
n=len(mine); agree=0; conf=collections.Counter(); ex=cont=0; dis=[]
for m in mine:
    g=gold[(m['doc'],m['row'])]; assert g['surface']==m['surface']
    gc,mc=g['category'],m['category']; conf[(gc,mc)]+=1
    if gc==mc: agree+=1
    else: dis.append((m['doc'],m['row'],m['surface'],gc,mc,g['entity'],m['entity'],m['note']))
    ge,me=g['entity'].strip(),m['entity'].strip()
    if ge==me: ex+=1; cont+=1
    elif ge and me and (ge in me or me in ge): cont+=1
po=agree/n
gm=collections.Counter(g for (g,_),c in conf.items() for _ in range(c))
mm=collections.Counter(x for (_,x),c in conf.items() for _ in range(c))
pe=sum(gm[c]*mm[c] for c in cats)/n/n
kappa=(po-pe)/(1-pe)
out=[]
out.append(f"n={n}  category agreement={agree}/{n}={po:.3f}  Cohen kappa={kappa:.3f} (pe={pe:.3f})")
out.append(f"entity exact={ex}/{n}={ex/n:.3f}  exact-or-contains={cont}/{n}={cont/n:.3f}")
out.append("per gold category: "+"; ".join(f"{c} {conf[(c,c)]}/{gm[c]}" + (f"={conf[(c,c)]/gm[c]:.2f}" if gm[c] else "") for c in cats))
out.append("confusion (rows gold, cols mine):")
out.append("gold\\mine|"+"|".join(c[:5] for c in cats)+"|total")
for g in cats: out.append(f"{g}|"+"|".join(str(conf[(g,x)]) for x in cats)+f"|{gm[g]}")
out.append("total|"+"|".join(str(mm[x]) for x in cats)+f"|{n}")
print("\n".join(out))
print("\nDISAGREEMENTS")
for d in dis: print(d)
print("\nENTITY MISMATCH (no containment)")
for m in mine:
    g=gold[(m['doc'],m['row'])]; ge,me=g['entity'].strip(),m['entity'].strip()
    if not(ge==me or (ge and me and (ge in me or me in ge))): print(m['doc'],m['row'],m['surface'],'| gold:',ge,'| mine:',me)
