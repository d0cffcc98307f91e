#!/usr/bin/python3
"""Make the tiny workbooks tests/data/excel/*.xls* that the yp-ingest tests read.

Run from this folder: python3 make-fixtures.py (needs ssconvert, Debian
package gnumeric).  Each table is written as a Gnumeric XML file, with the
number formats and merged cells a yearbook has, and converted by ssconvert
to .xls (BIFF8) and .xlsx; the XML files are not kept.  encrypted.xlsx is
an OLE2 compound file holding the two streams a password-protected .xlsx
holds (EncryptionInfo, EncryptedPackage), filled with random bytes:
enough for every reader to see a password-protected package.  corrupt.xls
is an OLE2 signature followed by garbage.
"""
import base64
import os
import random
import struct
import subprocess
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">
  <gnm:SheetNameIndex>%s</gnm:SheetNameIndex>
  <gnm:Sheets>
'''
SHEET = '''    <gnm:Sheet>
      <gnm:Name>%s</gnm:Name>
      <gnm:MaxCol>%d</gnm:MaxCol>
      <gnm:MaxRow>%d</gnm:MaxRow>
      <gnm:Styles>
%s      </gnm:Styles>
      <gnm:Cells>
%s      </gnm:Cells>
      <gnm:MergedRegions>
%s      </gnm:MergedRegions>
    </gnm:Sheet>
'''
STYLE = '''        <gnm:StyleRegion startCol="%d" startRow="%d" endCol="%d" endRow="%d"><gnm:Style Format="%s"/></gnm:StyleRegion>
'''


def sheet_xml(name, rows, formats=(), merges=()):
    """rows: list of rows, each a list of cells (str: text, float/int:
    number, None: empty).  formats: (first row, first col, last row, last
    col, format), 0-based.  merges: "A1:C1" ranges."""
    cells = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None or v == '':
                continue
            if isinstance(v, str):
                cells.append('        <gnm:Cell Row="%d" Col="%d" ValueType="60">%s</gnm:Cell>\n'
                             % (r, c, escape(v)))
            else:
                cells.append('        <gnm:Cell Row="%d" Col="%d" ValueType="40">%r</gnm:Cell>\n'
                             % (r, c, v))
    styles = ''.join(STYLE % (c0, r0, c1, r1, escape(f)) for r0, c0, r1, c1, f in formats)
    mer = ''.join('        <gnm:Merge>%s</gnm:Merge>\n' % m for m in merges)
    ncols = max(len(r) for r in rows)
    return SHEET % (escape(name), ncols, len(rows), styles, ''.join(cells), mer)


def workbook(path, sheets):
    names = ''.join('<gnm:SheetName>%s</gnm:SheetName>' % escape(s[0]) for s in sheets)
    xml = HEAD % names + ''.join(sheet_xml(*s) for s in sheets) + '  </gnm:Sheets>\n</gnm:Workbook>\n'
    tmp = path + '.gnumeric.xml'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(xml)
    subprocess.run(['ssconvert', '-I', 'Gnumeric_XmlIO:sax', tmp, path],
                   check=True, stderr=subprocess.DEVNULL)
    os.unlink(tmp)


# A yearbook table as Henan's: title with the year, English title, a note,
# a header over five rows (生产总值 over 第一产业..第三产业, merged; units in
# their own cells; English under Chinese), a group row, padded names,
# figures stored with more digits than the format 0.00 shows, a binary-noise
# figure in a General cell, a footnote.
YEARBOOK = [
    ['2-9  各市生产总值(2019年)'],
    ['Gross Domestic Product by City (2019)'],
    [],
    ['本表按当年价格计算。'],
    ['Data in this table are calculated at current prices.'],
    ['市(县)', 'City(County)', '生产总值', None, None, None, '人均生产总值'],
    [None, None, '(亿元)', '第一产业', '第二产业', '第三产业', '(元)'],
    [None, None, 'Gross Domestic', None, None, None, 'Per Capita'],
    [None, None, 'Product', 'Primary', 'Secondary', 'Tertiary', 'GDP'],
    [None, None, '(100 million yuan)', 'Industry', 'Industry', 'Industry', '(yuan)'],
    [],
    ['省辖市', 'City'],
    ['郑  州  市', 'Zhengzhou', 11586.41728896151, 141.17000000000002, 4540.819461899706, 6904.427827061803, 94943.78465894071],
    ['开  封  市', 'Kaifeng', 2299.7065, 318.24, 899.4028, 1082.0637, 47930.52313463943],
    ['洛 阳 市', 'Luoyang', 5000.564307745962, 245.13000000000002, '…', '—', None],
    ['全省', 'Henan', 54259.2, 4635.4, 22875.33, 26768.01, 56388],
    [],
    ['注：人均生产总值按常住人口计算。'],
]
YEARBOOK_FORMATS = [(12, 2, 15, 5, '0.00_ '), (12, 6, 15, 6, '0_ ')]
YEARBOOK_MERGES = ['C6:F6']

# Years across, one indicator named by the title (as Sichuan's), the unit
# in its own row, a totals row; one figure in General format squeezed
# into a narrow column would show as 1E+04: the raw value must win.
YEARS_ACROSS = [
    ['2-7 各市(州)地区生产总值'],
    ['Gross Regional Product by Region'],
    ['单位:亿元'],
    ['(100 million yuan)'],
    ['市(州)', 'Region', 2020, 2021],
    ['全省', 'Sichuan', 48501.64, 54087.98],
    ['成都市', 'Chengdu', 17838.0, 19962.31],
    ['阿坝藏族\n羌族自治州', 'Aba', 410.62, 449.63],
    ['注:本表按当年价格计算。'],
]

# A table whose title names no year: the manifest must give it.
NO_YEAR = [
    ['各市生产总值'],
    ['地区', '生产总值(亿元)'],
    ['郑州市', 100.5],
]

# Only text: a list, not a table of figures.
NO_NUMBERS = [
    ['城市', '省份'],
    ['郑州市', '河南省'],
    ['武汉市', '湖北省'],
]

# Figures with no header above them.
NO_HEADER = [
    ['郑州市', 100.5, 200.25],
    ['开封市', 10.5, 20.25],
]


AGILE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
         'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
         '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
         'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
         'saltValue="%s"/>'
         '<dataIntegrity encryptedHmacKey="%s" encryptedHmacValue="%s"/>'
         '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
         '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" '
         'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
         'hashAlgorithm="SHA512" saltValue="%s" encryptedVerifierHashInput="%s" '
         'encryptedVerifierHashValue="%s" encryptedKeyValue="%s"/>'
         '</keyEncryptor></keyEncryptors></encryption>')


def write_cfb(path, streams):
    """An OLE2 compound file (version 3, 512-byte sectors) holding the
    given streams; each must be a whole number of sectors and at least
    4096 bytes long, so that no mini stream is needed."""
    sect = 512
    data = []
    for name, body in streams:
        assert len(body) >= 4096 and len(body) % sect == 0, name
        data.append((name, body))
    fat = [0xFFFFFFFD, 0xFFFFFFFE]          # sector 0: FAT, 1: directory
    starts = []
    nxt = 2
    for name, body in data:
        n = len(body) // sect
        starts.append(nxt)
        fat += [nxt + i + 1 for i in range(n - 1)] + [0xFFFFFFFE]
        nxt += n
    fat += [0xFFFFFFFF] * (sect // 4 - len(fat))

    def entry(name, kind, left, right, child, start, size):
        n = (name + '\0').encode('utf-16-le') if name else b''
        return (n.ljust(64, b'\0') + struct.pack('<HBB', len(n), kind, 1)
                + struct.pack('<III', left, right, child) + b'\0' * 16
                + struct.pack('<I', 0) + b'\0' * 16
                + struct.pack('<IQ', start, size))
    none = 0xFFFFFFFF
    # Siblings form a tree by (length, upper-case name): entry 1 < entry 2.
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), data[i][0].upper()))
    dirs = entry('Root Entry', 5, none, none, order[0] + 1, 0xFFFFFFFE, 0)
    for i, (name, body) in enumerate(data):
        pos = order.index(i)
        right = order[pos + 1] + 1 if pos + 1 < len(order) else none
        dirs += entry(name, 2, none, right, none, starts[i], len(body))
    dirs = dirs.ljust(sect, b'\0')
    header = (bytes.fromhex('D0CF11E0A1B11AE1') + b'\0' * 16
              + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) + b'\0' * 6
              + struct.pack('<IIIIIIIII', 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0,
                            0xFFFFFFFE, 0)
              + struct.pack('<I', 0) + struct.pack('<I', 0xFFFFFFFF) * 108)
    with open(path, 'wb') as f:
        f.write(header + struct.pack('<%dI' % len(fat), *fat) + dirs
                + b''.join(body for _, body in data))


def main():
    for ext in ('xls', 'xlsx'):
        workbook('yearbook.' + ext, [('2-9', YEARBOOK, YEARBOOK_FORMATS, YEARBOOK_MERGES)])
    workbook('years-across.xlsx', [('Sheet1', YEARS_ACROSS, [(5, 2, 7, 3, 'General')]),
                                   ('Sheet2', [[]])])
    workbook('no-year.xlsx', [('Sheet1', NO_YEAR)])
    workbook('no-numbers.xlsx', [('Sheet1', NO_NUMBERS)])
    workbook('no-header.xls', [('Sheet1', NO_HEADER)])
    rnd = random.Random(4)

    def b64(n):
        return base64.b64encode(bytes(rnd.randrange(256) for _ in range(n))).decode()
    # ECMA-376 agile encryption: version 4.4, then the XML descriptor;
    # salts and keys are random, so no password opens it.
    info = AGILE % (b64(16), b64(64), b64(64), b64(16), b64(16), b64(64), b64(32))
    write_cfb('encrypted.xlsx', [
        # White space after the XML keeps the stream 4096 bytes long, the
        # size below which a stream would go to the mini stream.
        ('EncryptionInfo', (struct.pack('<HHI', 4, 4, 0x40) + info.encode()).ljust(4096, b' ')),
        ('EncryptedPackage', struct.pack('<Q', 6136) + bytes(rnd.randrange(256) for _ in range(6136))),
    ])
    with open('corrupt.xls', 'wb') as f:
        f.write(bytes.fromhex('D0CF11E0A1B11AE1') + bytes(rnd.randrange(256) for _ in range(1500)))


if __name__ == '__main__':
    main()
