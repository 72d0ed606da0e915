import csv,glob,os
out=open('/work/agree/H_items.csv','w',newline='',encoding='utf-8')
w=csv.writer(out); w.writerow(['doc','row','surface','value','unit'])
for f in sorted(glob.glob('/work/heldout/H/gold/*.gold.csv')):
    doc=os.path.basename(f).split('.')[0]
    with open(f,encoding='utf-8-sig') as fh:
        for i,r in enumerate(csv.DictReader(fh),1):
            w.writerow([doc,i,r['surface'],r['value'],r['unit']])
out.close()
