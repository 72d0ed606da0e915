"""Gazetteer, short forms: the names news gives a census division besides its full one, made by rule from the census
names and written to `data/place_aliases.csv` (`python -m mobilization.gazetteer` rewrites it), which `gazetteer`
reads.

- `short_forms(name, level)`: the name without its level suffix, and for autonomous divisions without the ethnic-group
  names (`strip_ethnic`, `data/ethnic_names.csv`): 宕昌 for 宕昌县, 积石山 and 积石山县 for
  积石山保安族东乡族撒拉族自治县, 甘南州, 河北;
- `zone_short_forms`: a development zone's short names (烟台开发区, 合肥高新区, 净月高新区; a new area's own name,
  滨湖新区); `management_area_forms`: a management area's (洪江管理区, 洪江区);
- `alias_rows()`: every division's forms, with the names a division had before it became a district or a city (高陵县,
  玉环县, 长乐市); `write_aliases()` writes them.

Nothing here is read while a text is analysed: the analysis reads the written file.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .gazetteer_divisions import ancestors, divisions
from .lexicon import data_dir, read_rows, write_data_csv

ALIASES = "place_aliases.csv"  # written here, read by `gazetteer.entries`
# The rule of a new area's own name without its city (滨湖新区 of 衡水滨湖新区): many cities and towns have new quarters
# so called (合肥's 滨湖新区 is no census unit), so the form names the zone only after its city or where the text once
# names it so (read as a `common` word, like 北海 or 安康).
ZONE_OWN_NEW_AREA = "zone 新区"

# Suffixes stripped to make a short form, longest first: a county-level name 宕昌县 → 宕昌.
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
             "地区", "林区", "特区", "省", "市", "县", "旗", "盟", "州")
# Districts (区) get no short form: 新华, 朝阳, 城关, 鼓楼 are many places and common words at once.
_SHORTENED_LEVEL_SUFFIX = {"province": ("省", "市", "自治区"), "prefecture": ("市", "地区", "盟", "自治州"),
                           "county": ("县", "市", "旗", "自治县", "自治旗", "林区", "特区")}


@lru_cache(maxsize=1)
def ethnic_names() -> tuple[str, ...]:
    """The ethnic-group names of data/ethnic_names.csv, longest first (so 东乡 goes before 乡-like parts)."""
    return tuple(sorted((r["name"] for r in read_rows("ethnic_names.csv")), key=len, reverse=True))


def strip_ethnic(stem: str) -> str:
    """A name stem without its trailing ethnic-group names (as in autonomous divisions' names).

    >>> strip_ethnic("积石山保安族东乡族撒拉族"), strip_ethnic("博尔塔拉蒙古"), strip_ethnic("甘南藏族")
    ('积石山', '博尔塔拉', '甘南')
    """
    names = ethnic_names()
    changed = True
    while changed:
        changed = False
        for n in names:
            for tail in (n + "族", n):
                if stem.endswith(tail) and len(stem) - len(tail) >= 2:
                    stem, changed = stem[: -len(tail)], True
                    break
            if changed:
                break
    return stem


def short_forms(name: str, level: str) -> list[tuple[str, str]]:
    """The short forms of one division's name with the rule that made each, by the rules of news usage.

    A short form is the name without its level suffix (and, for autonomous divisions, without
    the ethnic-group names), and is kept only if it has at least two characters. Autonomous
    counties and prefectures are also called by the short form plus 县/州/旗.

    >>> short_forms("宕昌县", "county"), short_forms("市南区", "county")
    ([('宕昌', 'suffix')], [])
    >>> short_forms("积石山保安族东乡族撒拉族自治县", "county")
    [('积石山', 'ethnic+suffix'), ('积石山县', 'ethnic+县')]
    >>> short_forms("广西壮族自治区", "province"), short_forms("甘南藏族自治州", "prefecture")
    ([('广西', 'suffix')], [('甘南', 'ethnic+suffix'), ('甘南州', 'ethnic+州')])
    >>> short_forms("和县", "county")  # one character is not a name
    []
    >>> short_forms("东乡族自治县", "county"), short_forms("鄂温克族自治旗", "county")
    ([('东乡族', 'suffix'), ('东乡县', 'ethnic+县')], [('鄂温克族', 'suffix'), ('鄂温克旗', 'ethnic+旗')])
    """
    suffix = next((s for s in _SUFFIXES if name.endswith(s) and len(name) > len(s)), "")
    if not suffix or suffix not in _SHORTENED_LEVEL_SUFFIX.get(level, ()) and "自治" not in suffix:
        return []
    stem = name[: -len(suffix)]
    out: list[tuple[str, str]] = []
    if suffix.startswith("自治") or suffix.endswith("自治区"):
        bare = strip_ethnic(stem)
        if len(bare) >= 2:
            out.append((bare, "ethnic+suffix" if bare != stem else "suffix"))
            if suffix in ("自治县", "自治州", "自治旗"):
                # a division named after its own people alone (东乡族自治县, 鄂温克族自治旗) is called by the
                # people's name without 族: 东乡县, 鄂温克旗 (东乡族县 is no one's word)
                named = bare[:-1] if bare == stem and bare.endswith("族") and bare[:-1] in ethnic_names() else bare
                out.append((named + suffix[-1], f"ethnic+{suffix[-1]}"))
    elif len(stem) >= 2:
        out.append((stem, "suffix"))
    return out


# A development zone's kind in its census name, and the short names news gives it (烟台经济技术开发区 is 烟台开发区 or
# 烟台经开区; 合肥高新技术产业开发区 is 合肥高新区; a new area, 衡水滨湖新区, keeps its kind: 滨湖新区, round r40).
_ZONE_KINDS = {"经济技术开发区": ("开发区", "经开区"), "高新技术产业开发区": ("高新区",), "高新技术开发区": ("高新区",),
               "经济开发区": ("开发区", "经开区"), "新区": ("新区",)}


def zone_short_forms(name: str, parents: tuple[str, ...] = ()) -> list[str]:
    """The short names of a census development zone with a code of its own: its city's name (with or without 市)
    before the short kind; and where the census name puts a name of the zone's own between its province's or city's
    name and its kind (长春 净月 高新技术产业开发区, 河北唐山 芦台 经济开发区), that own name before the short or the
    full kind, as the zone's own papers and the city's people write it (净月高新区, 芦台开发区). `parents` are the
    census names of the divisions above the zone (长春市, 吉林省).

    >>> zone_short_forms("烟台经济技术开发区"), zone_short_forms("蚌埠市高新技术开发区")
    (['烟台开发区', '烟台经开区'], ['蚌埠市高新区', '蚌埠高新区'])
    >>> zone_short_forms("长春净月高新技术产业开发区", ("长春市", "吉林省"))
    ['长春净月高新区', '净月高新区', '净月高新技术产业开发区']
    >>> zone_short_forms("宕昌县")
    []

    A zone whose census name opens with its province's name before its city's (安徽 安庆 经济开发区) is called by its
    city's name alone too, as the city's people write it (安庆经开区, 安庆市经济开发区); a new area named after its
    city (衡水 滨湖 新区) by its own name (滨湖新区, see ZONE_OWN_NEW_AREA):

    >>> zone_short_forms("安徽安庆经济开发区", ("安庆市", "安徽省"))
    ['安徽安庆开发区', '安徽安庆经开区', '安庆开发区', '安庆经开区', '安庆经济开发区', '安庆市开发区', '安庆市经开区', '安庆市经济开发区']
    >>> zone_short_forms("衡水滨湖新区", ("衡水市", "河北省"))
    ['衡水滨湖新区', '滨湖新区']
    """
    kind = next((k for k in sorted(_ZONE_KINDS, key=len, reverse=True) if name.endswith(k)), "")
    prefix = name[: len(name) - len(kind)]
    if not kind or len(prefix) < 2:
        return []
    prefixes = [prefix] + ([prefix[:-1]] if prefix.endswith("市") and len(prefix) >= 3 else [])
    forms = [p + short for p in prefixes for short in _ZONE_KINDS[kind]]
    forms += [base + k for base in _zone_city_bases(prefix, parents) for k in (*_ZONE_KINDS[kind], kind)]
    own = _zone_own_name(prefix, parents)
    if own:
        forms += [own + short for short in _ZONE_KINDS[kind]] + [own + kind]
    return list(dict.fromkeys(forms))


def _zone_city_bases(prefix: str, parents: tuple[str, ...]) -> list[str]:
    """Where the zone's name before its kind is its province's name before its city's (安徽安庆), the city's without
    the province (安庆, 安庆市); [] else (烟台: its forms are made already; 衡水滨湖: 衡水市 before the own name 滨湖新区
    is read as the city qualifying it).

    >>> _zone_city_bases("安徽安庆", ("安庆市", "安徽省")), _zone_city_bases("河北唐山芦台", ("唐山市", "河北省"))
    (['安庆', '安庆市'], [])
    >>> _zone_city_bases("烟台", ("烟台市", "山东省"))
    []
    """
    if len(parents) < 2 or not parents[0].endswith("市") or len(parents[0]) < 3:
        return []
    full, province = parents[0], parents[-1]
    stem = next((province[: -len(e)] for e in _LEVEL_ENDS if province.endswith(e) and len(province) - len(e) >= 2), "")
    return [full[:-1], full] if stem and prefix == stem + full[:-1] else []


_LEVEL_ENDS = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "盟", "地区")


def _zone_own_name(prefix: str, parents: tuple[str, ...]) -> str:
    """What is left of a zone's name before its kind once the names of its province and city are taken off its
    front (河北唐山芦台 → 芦台), if two characters or more; "" where nothing is left or nothing was taken off.

    >>> _zone_own_name("河北唐山芦台", ("唐山市", "河北省")), _zone_own_name("烟台", ("烟台市", "山东省"))
    ('芦台', '')
    """
    stems = sorted({p for name in parents for p in (name, *(name[: -len(e)] for e in _LEVEL_ENDS
                                                          if name.endswith(e) and len(name) - len(e) >= 2))},
                   key=len, reverse=True)
    rest = prefix
    for _ in range(3):
        stem = next((s for s in stems if rest.startswith(s)), "")
        if not stem:
            break
        rest = rest[len(stem):]
    return rest if rest != prefix and len(rest) >= 2 else ""


def alias_rows() -> list[dict[str, str]]:
    """The generated short forms of every division (data/place_aliases.csv is written from these).

    A district that was a county before (县改区: 高陵县 became 高陵区 in 2014) is still called by its former
    name in older reports: its stem with 县 is an alias, unless that is another division's census name
    (朝阳县 is a county of its own). So is a county-level city's (撤县设市: 玉环县 became 玉环市 in 2017, and
    most of the 387 such cities were counties before), and a district's stem with 市 (撤市设区: 长乐市 became
    长乐区 in 2017, 吴江市 吴江区 in 2012): a report written before the change names the county or the city.

    >>> rows = alias_rows(); [r["division_code"] for r in rows if r["alias"] == "宕昌"]
    ['621223']
    >>> [r["division_code"] for r in rows if r["alias"] == "高陵县"], [r for r in rows if r["alias"] == "朝阳县"]
    (['610117'], [])
    >>> [r["division_code"] for r in rows if r["alias"] == "玉环县"], [r["division_code"] for r in rows if r["alias"] == "和田县"]
    (['331083'], [])
    >>> [r["division_code"] for r in rows if r["alias"] == "吴江市"], [r for r in rows if r["alias"] == "朝阳市"]
    (['320509'], [])
    """
    rows = []
    table = divisions()
    names = {d.name for d in table.values()}
    # a development zone's short name names one zone only (德州开发区, not also 德州运河开发区's) and no census unit
    zone_forms = [(alias, code) for code, d in table.items()
                  for alias in zone_short_forms(d.name, tuple(table[c].name for c in ancestors(code) if c in table))]
    made = Counter(alias for alias, _ in zone_forms)
    zone_aliases = {code: [a for a, c in zone_forms if c == code and made[a] == 1 and a not in names]
                    for _, code in zone_forms}
    for code, d in sorted(table.items()):
        for alias, rule in short_forms(d.name, d.level):
            if alias != d.name:
                rows.append({"alias": alias, "division_code": code, "name": d.name, "rule": rule})
        for alias in zone_aliases.get(code, ()):
            city = table[d.parent].name[:2] if d.parent in table else d.name[:2]
            own = d.name.endswith("新区") and not alias.startswith(city)  # 滨湖新区, not 衡水市滨湖新区
            rows.append({"alias": alias, "division_code": code, "name": d.name, "rule": ZONE_OWN_NEW_AREA if own else "zone"})
        for alias in management_area_forms(d.name, code, names):
            rows.append({"alias": alias, "division_code": code, "name": d.name, "rule": "管理区"})
        stem = d.name[:-1]
        if (d.level == "county" and d.name.endswith("区") and len(stem) >= 2 and stem + "县" not in names
                and not re.search(r"新区|开发区|高新|园区|城区|矿区|郊区|管理区|[东西南北中]区$", d.name)):
            rows.append({"alias": stem + "县", "division_code": code, "name": d.name, "rule": "former 县"})
        if (d.level == "county" and d.name.endswith("区") and len(stem) >= 2 and stem + "市" not in names
                and not re.search(r"新区|开发区|高新|园区|城区|矿区|郊区|管理区|[东西南北中]区$", d.name)):
            rows.append({"alias": stem + "市", "division_code": code, "name": d.name, "rule": "former 市"})
        if d.level == "county" and d.name.endswith("市") and len(stem) >= 2 and stem + "县" not in names:
            rows.append({"alias": stem + "县", "division_code": code, "name": d.name, "rule": "former 县"})
    return rows


def management_area_forms(name: str, code: str, names: set[str]) -> list[str]:
    """The names news gives a management area whose census name opens with its city's (怀化市洪江管理区): without
    the city (洪江管理区), and as a district (洪江区) unless that is a census name.

    >>> names = {d.name for d in divisions().values()}
    >>> management_area_forms("怀化市洪江管理区", "431271", names), management_area_forms("宕昌县", "621223", names)
    (['洪江管理区', '洪江区'], [])
    """
    if not name.endswith("管理区"):
        return []
    table = divisions()
    parents = [table[c].name for c in ancestors(code) if c in table]
    city = next((p for p in parents if name.startswith(p) and len(name) > len(p)), "")
    if not city or not name.endswith("管理区"):
        return []
    rest = name[len(city):]
    stem = rest[: -len("管理区")]
    return [rest] + ([stem + "区"] if len(stem) >= 2 and stem + "区" not in names else [])


def write_aliases(path: Path | None = None) -> Path:
    """Write the generated short forms to data/place_aliases.csv (with its header comment)."""
    path = path or data_dir() / ALIASES
    buf = io.StringIO()
    buf.write("# Short forms of division names as news writes them (宕昌 for 宕昌县, 积石山县 for the autonomous county\n"
              "# 积石山保安族东乡族撒拉族自治县), generated from data/census2020_divisions.csv by the rules of\n"
              "# mobilization.gazetteer_aliases.short_forms (`python -m mobilization.gazetteer` rewrites this file): the name\n"
              "# without its level suffix, and without ethnic-group names for autonomous divisions, kept if 2+ characters;\n"
              "# districts (区) get none, but a district's stem with 县 (高陵县 for 高陵区, its name before 县改区) is kept,\n"
              "# and so is a county-level city's (玉环县 for 玉环市, its name before 撤县设市; rule former 县) and a district's\n"
              "# stem with 市 (长乐市 for 长乐区, its name before 撤市设区; rule former 市),\n"
              "# and a development zone with a code of its own gets its short names (烟台开发区, 烟台经开区, 合肥高新区, 安庆经开区 of\n"
              "# 安徽安庆经济开发区; rule zone; a new area's own name, 滨湖新区, rule 'zone 新区', is read\n"
              "# only after its city or where the text once names it so);\n"
              "# a management area named after its city (怀化市洪江管理区) is also 洪江管理区 and 洪江区 (rule 管理区).\n"
              "# Short forms that are also common words are listed in data/place_words.csv.\n"
              "# Columns: alias, division_code, name (full census name), rule (what made it; 'manual' for rows added by hand).\n")
    return write_data_csv(path, buf, ["alias", "division_code", "name", "rule"], alias_rows())
