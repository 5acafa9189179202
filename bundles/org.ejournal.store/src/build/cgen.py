#!/usr/bin/env python3
"""Writes model/auto/_X.java for the named obj-entities of ejournal.map.xml, in the layout of the
hand-kept classes (Cayenne's generated-superclass shape). Usage, from the bundle folder:

    python3 src/build/cgen.py Holiday Subgroup ...

Only the named entities are (re)written, so classes with hand-written column defaults stay untouched.
Column defaults of new objects belong in the subclass's onPostAdd (Cayenne inserts every column)."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://cayenne.apache.org/schema/10/modelMap"}
HERE = Path(__file__).resolve().parents[2]
MAP = HERE / "src/main/resources/org/ejournal/store/ejournal.map.xml"
OUT = HERE / "src/main/java/org/ejournal/store/model/auto"

PROPERTY = {
    "java.lang.String": ("StringProperty", "createString"),
    "java.lang.Long": ("NumericProperty", "createNumeric"),
    "java.lang.Integer": ("NumericProperty", "createNumeric"),
    "java.lang.Short": ("NumericProperty", "createNumeric"),
    "java.lang.Byte": ("NumericProperty", "createNumeric"),
    "java.math.BigDecimal": ("NumericProperty", "createNumeric"),
    "java.lang.Boolean": ("BaseProperty", "createBase"),
    "java.time.LocalDate": ("DateProperty", "createDate"),
    "java.time.LocalDateTime": ("DateProperty", "createDate"),
    "byte[]": ("BaseProperty", "createBase"),
}


def snake(name):
    out = ""
    for c in name:
        if c.isupper() and out:
            out += "_"
        out += c.upper()
    return out


def column_defaults(root, obj, table):
    """(attribute, Java literal) for NOT NULL columns with a DEFAULT in the migrations of the table."""
    import re
    sql = "\n".join(p.read_text(encoding="utf-8") for p in sorted(
        (HERE.parent.parent / "runtime-config/database/src/main/resources/db/migration").glob("V*.sql")))
    out = []
    for a in obj.findall("m:obj-attribute", NS):
        col, jtype = a.get("db-attribute-path"), a.get("type")
        m = None
        for block in re.findall(r"(?:CREATE TABLE|ALTER TABLE)\s+" + table + r"\s*\((.*?)\n\)|ALTER TABLE\s+" + table + r"\b(.*?);", sql, re.S):
            text = "".join(block)
            m = re.search(r"(?:^|\s)" + col + r"\s+[A-Z]+[^\n]*?NOT NULL\s+DEFAULT\s+('[^']*'|[A-Z_0-9().]+)", text) or m
        if not m:
            continue
        v = m.group(1)
        if jtype == "java.lang.String" and v.startswith("'"):
            out.append((a.get("name"), '"' + v.strip("'") + '"'))
        elif jtype == "java.lang.Boolean":
            out.append((a.get("name"), "Boolean.TRUE" if v in ("TRUE", "1") else "Boolean.FALSE"))
        elif jtype == "java.lang.Integer":
            out.append((a.get("name"), v))
        elif jtype == "java.lang.Long":
            out.append((a.get("name"), v + "L"))
        elif jtype == "java.lang.Short":
            out.append((a.get("name"), "(short) " + v))
        elif jtype == "java.lang.Byte":
            out.append((a.get("name"), "(byte) " + v))
        elif jtype == "java.math.BigDecimal":
            out.append((a.get("name"), 'new java.math.BigDecimal("' + v + '")'))
        elif jtype == "java.time.LocalDateTime" and v.startswith("CURRENT_TIMESTAMP"):
            out.append((a.get("name"), "LocalDateTime.now(ZoneOffset.UTC)"))
    return out


def generate(root, entity):
    obj = root.find(f"m:obj-entity[@name='{entity}']", NS)
    if obj is None:
        sys.exit(f"no obj-entity {entity}")
    table = obj.get("dbEntityName")
    attrs = [(a.get("name"), a.get("type")) for a in obj.findall("m:obj-attribute", NS)]
    rels = []
    for r in root.findall(f"m:obj-relationship[@source='{entity}']", NS):
        db = root.find(f"m:db-relationship[@source='{table}'][@name='{r.get('db-relationship-path')}']", NS)
        to_many = db is not None and db.get("toMany") == "true"
        rels.append((r.get("name"), r.get("target"), to_many))
    imports = {"java.io.IOException", "java.io.ObjectInputStream", "java.io.ObjectOutputStream",
               "org.apache.cayenne.BaseDataObject", "org.apache.cayenne.Cayenne",
               "org.apache.cayenne.exp.property.NumericIdProperty", "org.apache.cayenne.exp.property.PropertyFactory"}
    lines = []
    for name, jtype in attrs:
        ptype, factory = PROPERTY[jtype]
        simple = jtype.split(".")[-1]
        if "." in jtype and not jtype.startswith("java.lang."):
            imports.add(jtype)
        imports.add(f"org.apache.cayenne.exp.property.{ptype}")
        lines.append(f'    public static final {ptype}<{simple}> {snake(name)} = PropertyFactory.{factory}("{name}", {simple}.class);')
    for name, target, to_many in rels:
        imports.add(f"org.ejournal.store.model.{target}")
        if to_many:
            imports.add("org.apache.cayenne.exp.property.ListProperty")
            imports.add("java.util.List")
            lines.append(f'    public static final ListProperty<{target}> {snake(name)} = PropertyFactory.createList("{name}", {target}.class);')
        else:
            imports.add("org.apache.cayenne.exp.property.EntityProperty")
            lines.append(f'    public static final EntityProperty<{target}> {snake(name)} = PropertyFactory.createEntity("{name}", {target}.class);')
    src = ["package org.ejournal.store.model.auto;", ""]
    defaults = column_defaults(root, obj, table)
    if any("ZoneOffset" in v for _, v in defaults) or "updatedAt" in [n for n, _ in attrs]:
        imports.add("java.time.ZoneOffset")
    java = sorted(i for i in imports if i.startswith("java."))
    src += [f"import {i};" for i in java] + [""] + [f"import {i};" for i in sorted(set(imports) - set(java))]
    src += ["", "/**",
            f" * Persistent state of {{@link org.ejournal.store.model.{entity}}} (table {{@code {table}}}), laid out like a Cayenne generated superclass.",
            " * Written by src/build/cgen.py from {@code ejournal.map.xml}; behaviour belongs in the subclass.", " */",
            f"public abstract class _{entity} extends BaseDataObject {{", "",
            "    private static final long serialVersionUID = 1L;", "",
            f'    public static final NumericIdProperty<Long> ID_PK_PROPERTY = PropertyFactory.createNumericId("id", "{entity}", Long.class);',
            '    public static final String ID_PK_COLUMN = "id";', ""]
    src += lines + [""]
    fields = [(n, t.split(".")[-1]) for n, t in attrs] + [(n, "Object") for n, _, _ in rels]
    src += [f"    protected {t} {n};" for n, t in fields]
    src += ["", "    /** The primary key; valid once the object has been committed. */",
            "    public long getId() {", "        return Cayenne.longPKForObject(this);", "    }"]
    for name, jtype in attrs:
        t = jtype.split(".")[-1]
        cap = name[0].upper() + name[1:]
        src += ["", f"    public void set{cap}({t} {name}) {{", f'        beforePropertyWrite("{name}", this.{name}, {name});',
                f"        this.{name} = {name};", "    }", "",
                f"    public {t} get{cap}() {{", f'        beforePropertyRead("{name}");', f"        return this.{name};", "    }"]
    for name, target, to_many in rels:
        cap = name[0].upper() + name[1:]
        if to_many:
            src += ["", f"    public void addTo{cap}({target} obj) {{", f'        addToManyTarget("{name}", obj, true);', "    }", "",
                    f"    public void removeFrom{cap}({target} obj) {{", f'        removeToManyTarget("{name}", obj, true);', "    }", "",
                    "    @SuppressWarnings(\"unchecked\")", f"    public List<{target}> get{cap}() {{",
                    f'        return (List<{target}>) readProperty("{name}");', "    }"]
        else:
            src += ["", f"    public void set{cap}({target} {name}) {{", f'        setToOneTarget("{name}", {name}, true);', "    }", "",
                    f"    public {target} get{cap}() {{", f'        return ({target}) readProperty("{name}");', "    }"]
    if defaults:
        src += ["", "    /** The column defaults of the migrations, for new objects: Cayenne inserts every column, NULL when unset. */",
                "    protected void applyColumnDefaults() {"]
        for name, value in defaults:
            cap = name[0].upper() + name[1:]
            src += [f"        if ({name} == null) {{", f"            set{cap}({value});", "        }"]
        src += ["    }"]
    names = [n for n, _ in attrs]
    if "updatedAt" in names or "version" in names:
        src += ["", "    /** Marks a change: time of the change and, when optimistically locked, the next version. */",
                "    protected void stampChange() {"]
        if "updatedAt" in names:
            src += ["        setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));"]
        if "version" in names:
            src += ["        setVersion(version == null ? 1 : version + 1);"]
        src += ["    }"]
    src += ["", "    @Override", "    public Object readPropertyDirectly(String propName) {", "        if (propName == null) {",
            "            throw new IllegalArgumentException();", "        }", "        switch (propName) {"]
    for n, _ in fields:
        src += [f'            case "{n}":', f"                return this.{n};"]
    src += ["            default:", "                return super.readPropertyDirectly(propName);", "        }", "    }", "",
            "    @Override", "    public void writePropertyDirectly(String propName, Object val) {", "        if (propName == null) {",
            "            throw new IllegalArgumentException();", "        }", "        switch (propName) {"]
    for n, t in fields:
        cast = "" if t == "Object" else f"({t}) "
        src += [f'            case "{n}":', f"                this.{n} = {cast}val;", "                break;"]
    src += ["            default:", "                super.writePropertyDirectly(propName, val);", "        }", "    }", "",
            "    private void writeObject(ObjectOutputStream out) throws IOException {", "        writeSerialized(out);", "    }", "",
            "    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {",
            "        readSerialized(in);", "    }", "", "    @Override",
            "    protected void writeState(ObjectOutputStream out) throws IOException {", "        super.writeState(out);"]
    src += [f"        out.writeObject(this.{n});" for n, _ in fields]
    src += ["    }", "", "    @Override", "    protected void readState(ObjectInputStream in) throws IOException, ClassNotFoundException {",
            "        super.readState(in);"]
    src += [f"        this.{n} = {'' if t == 'Object' else '(' + t + ') '}in.readObject();" for n, t in fields]
    src += ["    }", "}", ""]
    (OUT / f"_{entity}.java").write_text("\n".join(src), encoding="utf-8")
    print(f"wrote _{entity}.java")


if __name__ == "__main__":
    tree = ET.parse(MAP).getroot()
    for e in sys.argv[1:]:
        generate(tree, e)
