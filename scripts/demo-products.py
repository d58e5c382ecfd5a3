# Writes the demo profile's text products (src/test/resources/demo/nws/products/): for each demo office (BOX, BOU,
# SEW) the listing of its latest Area Forecast Discussion and Hazardous Weather Outlook, and each product, as if
# issued shortly before the recording (dev.weather.demo.NwsFixtures.RECORDED_AT). The header's issue-time line is the
# marker ISSUED_AT, which the demo writes from the product's (moved) issuanceTime (dev.weather.demo.DemoProducts).
# The words are the demo's own, written to match the demo's forecasts.
import json, os, uuid
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'resources', 'demo', 'nws', 'products')
offices = {
    'BOX': ('National Weather Service Boston/Norton MA', 'FXUS61', 'FLUS41', '2026-03-10T19:05:00+00:00', '2026-03-10T09:40:00+00:00',
            [('SYNOPSIS', ['High pressure keeps today sunny and seasonably cool. A warm front brings clouds Thursday and '
                           'showers Thursday into Thursday night, then drier and breezy air returns for the weekend.']),
             ('NEAR TERM /THROUGH TONIGHT/', ['Clear skies and light northwest winds let temperatures fall into the lower '
                                              '30s inland tonight, mid 30s near the coast.']),
             ('SHORT TERM /WEDNESDAY THROUGH THURSDAY NIGHT/', ['Moisture returns on southerly flow Thursday. Showers are '
                 'likely in the afternoon and evening, with a quarter to half inch of rain most likely.',
                 'Gusty south winds of 20 to 25 mph are possible along the south coast.']),
             ('LONG TERM /FRIDAY THROUGH MONDAY/', ['Another system brings rain Sunday into Monday; timing is uncertain.'])],
            'No hazardous weather is expected today or tonight.', 'Rain Sunday into Monday could total an inch or more.'),
    'BOU': ('National Weather Service Denver/Boulder CO', 'FXUS65', 'FLUS45', '2026-03-10T17:30:00+00:00', '2026-03-10T10:15:00+00:00',
            [('KEY MESSAGES', ['Snow develops this evening behind a cold front, heaviest overnight, with 2 to 4 inches in '
                               'the Denver area by Wednesday morning.', 'Dry and warmer Thursday through the weekend.']),
             ('SHORT TERM /THROUGH WEDNESDAY/', ['The front reaches Denver around 5 PM. Upslope flow keeps snow going through '
                 'the night before it tapers Wednesday morning. Roads will be slick for the morning commute.']),
             ('LONG TERM /WEDNESDAY NIGHT THROUGH MONDAY/', ['Ridging brings sunshine and highs back into the 50s by Friday.'])],
            'A Winter Weather Advisory is in effect from 6 PM this evening until noon Wednesday for 2 to 4 inches of snow.',
            'No hazardous weather is expected Thursday through Monday.'),
    'SEW': ('National Weather Service Seattle WA', 'FXUS66', 'FLUS46', '2026-03-10T18:20:00+00:00', '2026-03-10T11:00:00+00:00',
            [('SYNOPSIS', ['A front brings rain tonight, showers follow Wednesday, and a drier break comes Thursday before '
                           'the next system this weekend.']),
             ('SHORT TERM /TONIGHT THROUGH THURSDAY/', ['Rain is likely tonight, a third to half an inch in the lowlands. '
                 'Breezy south winds ease after midnight. Patchy fog Wednesday night.']),
             ('LONG TERM /FRIDAY THROUGH MONDAY/', ['Rain returns Saturday night and Sunday with snow levels near 4000 feet.'])],
            'Breezy south winds this evening, gusting to 35 mph at times.', 'Rain this weekend could raise rivers, though no flooding is expected.'),
}
def text(kind, office, name, wmo, sections):
    code = kind + office
    lines = ['', '000', f'{wmo} K{office} 101942', code, '',
             'Area Forecast Discussion' if kind == 'AFD' else 'Hazardous Weather Outlook', name, 'ISSUED_AT', '']
    for heading, paragraphs in sections:
        lines.append(f'.{heading}...')
        for p in paragraphs:
            lines.extend(wrap(p))
            lines.append('')
        lines.append('&&')
        lines.append('')
    lines.append('$$')
    return '\n'.join(lines) + '\n'
def wrap(p, width=66):
    out, line = [], ''
    for word in p.split():
        if len(line) + len(word) + 1 > width:
            out.append(line); line = word
        else:
            line = (line + ' ' + word).strip()
    return out + [line]
for office, (name, afd_wmo, hwo_wmo, afd_time, hwo_time, afd_sections, day_one, days_two) in offices.items():
    for kind, wmo, issued, sections in [
            ('AFD', afd_wmo, afd_time, afd_sections),
            ('HWO', hwo_wmo, hwo_time, [('DAY ONE...TODAY AND TONIGHT', [day_one]),
                                         ('DAYS TWO THROUGH SEVEN...WEDNESDAY THROUGH MONDAY', [days_two])])]:
        pid = str(uuid.uuid5(uuid.NAMESPACE_URL, f'demo/{kind}/{office}'))
        product_name = 'Area Forecast Discussion' if kind == 'AFD' else 'Hazardous Weather Outlook'
        entry = {'@id': f'https://api.weather.gov/products/{pid}', 'id': pid, 'wmoCollectiveId': wmo,
                 'issuingOffice': 'K' + office, 'issuanceTime': issued, 'productCode': kind, 'productName': product_name}
        with open(os.path.join(root, 'types', kind, 'locations', office + '.json'), 'w') as f:
            json.dump({'@context': {'@version': '1.1'}, '@graph': [entry]}, f, indent=2)
            f.write('\n')
        with open(os.path.join(root, pid + '.json'), 'w') as f:
            json.dump(dict(entry, productText=text(kind, office, name, wmo, sections)), f, indent=2)
            f.write('\n')
