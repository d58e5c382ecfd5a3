# Writes the demo profile's NWS fixtures (src/test/resources/demo/nws/): made-up but NWS-shaped answers for four
# places, as if NWS answered at 2026-03-10T19:42:11Z (dev.weather.demo.NwsFixtures.RECORDED_AT). NwsFixtures moves
# them to the current days keeping their local times, and serves each station's latest observation from the hourly
# forecast of its grid at the hour observed, so the times and weather written here are those of the recording day.
import json, math, os, datetime as dt
root=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','src','test','resources','demo','nws')
recorded=dt.datetime(2026,3,10,19,42,11,tzinfo=dt.timezone.utc)
places=[
 # lat, lon, office, x, y, city, state, zone, offset, and the 12-hour periods from this afternoon on: temperature, short
 # forecast ("A then B": A before noon, B after), wind, chance of precipitation, and optionally a sentence more
 ('47.6062','-122.3321','SEW',124,67,'Seattle','WA','America/Los_Angeles','-07:00',
  [(54,'Chance Rain','SSW 5 to 9 mph',40),(43,'Rain Likely','S 7 mph',70),(51,'Showers','SW 8 to 14 mph',80),(41,'Mostly Cloudy','SW 6 mph',None),
   (56,'Partly Sunny','N 3 mph',10),(40,'Patchy Fog','NE 2 mph',None),(58,'Mostly Sunny','N 5 mph',None),(42,'Partly Cloudy','N 3 mph',None),
   (55,'Chance Rain','S 6 mph',30),(44,'Rain','S 9 mph',90),(52,'Rain Likely','SW 10 mph',60),(41,'Chance Showers','SW 7 mph',40),(55,'Partly Sunny','W 5 mph',20),(43,'Mostly Cloudy','SW 3 mph',10)]),
 ('41.967','-71.189','BOX',70,82,'Norton','MA','America/New_York','-04:00',
  [(48,'Sunny','NW 9 mph',None),(31,'Clear','NW 3 mph',None),(52,'Mostly Sunny','W 6 mph',None),(36,'Partly Cloudy','SW 4 mph',None),
   (57,'Chance Showers','S 8 to 12 mph',30),(42,'Showers Likely','S 10 mph',60),(50,'Slight Chance Rain','W 12 mph',20),(33,'Mostly Clear','NW 8 mph',None),
   (46,'Sunny','NW 10 mph',None),(30,'Clear','N 5 mph',None),(49,'Partly Sunny','E 5 mph',10),(38,'Rain Likely','E 9 mph',70),(47,'Rain','NE 14 mph',90),(35,'Chance Rain','N 10 mph',40)]),
 ('42.3584','-71.0598','BOX',71,90,'Boston','MA','America/New_York','-04:00',
  [(46,'Mostly Sunny','W 12 mph',None),(33,'Mostly Clear','W 8 mph',None),(50,'Partly Sunny','SW 10 mph',None),(38,'Mostly Cloudy','SW 8 mph',20),
   (55,'Showers Likely','S 14 to 18 mph',60),(43,'Rain','S 16 mph',90),(49,'Chance Rain','W 15 mph',30),(34,'Partly Cloudy','NW 12 mph',None),
   (44,'Sunny','NW 14 mph',None),(31,'Clear','N 8 mph',None),(47,'Partly Sunny','E 8 mph',10),(39,'Rain Likely','NE 12 mph',70),(45,'Rain','NE 18 mph',90),(36,'Chance Rain','N 14 mph',50)]),
 # Denver: a cold front brings the snow of the Winter Weather Advisory this evening, until noon tomorrow.
 ('39.7392','-104.9903','BOU',63,62,'Denver','CO','America/Denver','-06:00',
  [(46,'Mostly Cloudy','SW 7 mph',None),(22,'Snow','N 10 to 15 mph',90,'New snow accumulation of 2 to 4 inches possible.'),
   (33,'Snow Likely then Partly Sunny','N 8 mph',60,'New snow accumulation of around an inch possible.'),(14,'Mostly Clear','NW 5 mph',None),
   (40,'Sunny','W 6 mph',None),(22,'Clear','SW 5 mph',None),(52,'Sunny','S 6 mph',None),(28,'Mostly Clear','SW 5 mph',None),
   (55,'Sunny','W 8 mph',None),(30,'Clear','SW 5 mph',None),(60,'Sunny','W 9 mph',None),(33,'Partly Cloudy','W 7 mph',None),(58,'Mostly Sunny','NW 8 mph',None),(31,'Mostly Clear','SW 5 mph',None)]),
]
days=['Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday','Monday','Tuesday']
icons={'Sunny':'skc','Clear':'skc','Mostly Sunny':'few','Mostly Clear':'few','Partly Sunny':'sct','Partly Cloudy':'sct','Mostly Cloudy':'bkn'}
def sky(short):
    return icons.get(short, 'rain' if 'Rain' in short or 'Shower' in short else 'snow' if 'Snow' in short else 'fog' if 'Fog' in short else 'ovc')
def icon(short, day, pop):
    # "Snow Likely then Partly Sunny": NWS's icon names both, the chance with the precipitation.
    first, then = (short.split(' then ') + [None])[:2]
    tod='day' if day else 'night'
    return f"https://api.weather.gov/icons/land/{tod}/{sky(first)}" + (f",{pop}" if pop else "") + (f"/{sky(then)}" if then else "") + "?size=medium"
def words(short, pop, hour):
    """What one hour of a period says: the first part of "A then B" before noon, the second after (with no chance)."""
    if ' then ' not in short:
        return short, pop
    first, then = short.split(' then ')
    return (first, pop) if hour < 12 else (then, None)
def magnus(t, dew):
    """Relative humidity (%) from temperature and dew point (°C), by the Magnus formula."""
    return 100*math.exp(17.625*dew/(243.04+dew))/math.exp(17.625*t/(243.04+t))
def depression(short, dry):
    """How far (°C) the dew point is below the temperature: little in rain, snow and fog, more under clear skies."""
    if 'Fog' in short: return 0.3
    precipitation=any(w in short for w in ('Rain','Shower','Snow','Drizzle'))
    if precipitation: return 2.5 if 'Chance' in short else 1.0
    return (3.0 if 'Cloudy' in short else 5.0)*(2 if dry else 1)
for lat,lon,office,x,y,city,state,zone,off,periods in places:
    pts={"id":f"https://api.weather.gov/points/{lat},{lon}","type":"Feature",
         "geometry":{"type":"Point","coordinates":[float(lon),float(lat)]},
         "properties":{"@id":f"https://api.weather.gov/points/{lat},{lon}","@type":"wx:Point","cwa":office,"type":"land",
           "forecastOffice":f"https://api.weather.gov/offices/{office}","gridId":office,"gridX":x,"gridY":y,
           "forecast":f"https://api.weather.gov/gridpoints/{office}/{x},{y}/forecast",
           "forecastHourly":f"https://api.weather.gov/gridpoints/{office}/{x},{y}/forecast/hourly",
           "relativeLocation":{"type":"Feature","geometry":{"type":"Point","coordinates":[float(lon)+0.003,float(lat)-0.002]},
             "properties":{"city":city,"state":state,"distance":{"unitCode":"wmoUnit:m","value":412.7},"bearing":{"unitCode":"wmoUnit:degree_(angle)","value":31}}},
           "timeZone":zone,"radarStation":"K"+office}}
    os.makedirs(f"{root}/points",exist_ok=True)
    json.dump(pts,open(f"{root}/points/{lat},{lon}.json","w"),indent=2)
    start=dt.datetime(2026,3,10,14,0)
    out=[]
    for i,(t,short,wind,pop,*more) in enumerate(periods):
        day = i%2==0
        if i==0: name,s,e='This Afternoon',start,start.replace(hour=18)
        elif i==1: name,s,e='Tonight',start.replace(hour=18),start.replace(hour=18)+dt.timedelta(hours=12)
        else:
            d=(i)//2
            s=dt.datetime(2026,3,10,6 if day else 18)+dt.timedelta(days=d)
            e=s+dt.timedelta(hours=12)
            name=days[d]+('' if day else ' Night')
        word='high' if day else 'low'
        direction, speed = wind.split(' ',1)
        said=short.replace(' then ', ' before noon, then ', 1)
        said=said[0]+said[1:].lower() if ' then ' in short else said
        detail=f"{said}. A {word} near {t}. {({'N':'North','S':'South','E':'East','W':'West','NW':'Northwest','NE':'Northeast','SW':'Southwest','SE':'Southeast','SSW':'South southwest'})[direction]} wind {speed}."
        if pop: detail+=f" Chance of precipitation is {pop}%."
        if more: detail+=" "+more[0]
        out.append({"number":i+1,"name":name,"startTime":s.isoformat()+off,"endTime":e.isoformat()+off,"isDaytime":day,
          "temperature":t,"temperatureUnit":"F","temperatureTrend":None if i!=3 else "",
          "probabilityOfPrecipitation":{"unitCode":"wmoUnit:percent","value":pop},
          "windSpeed":speed,"windDirection":direction,"icon":icon(short,day,pop),"shortForecast":short,"detailedForecast":detail})
    fc={"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[float(lon)+0.01,float(lat)-0.01],[float(lon)+0.01,float(lat)+0.01],[float(lon)-0.01,float(lat)+0.01],[float(lon)+0.01,float(lat)-0.01]]]},
        "properties":{"units":"us","forecastGenerator":"BaselineForecastGenerator","generatedAt":"2026-03-10T19:42:11+00:00",
          "updateTime":"2026-03-10T18:55:03+00:00","validTimes":"2026-03-10T12:00:00+00:00/P7DT18H","elevation":{"unitCode":"wmoUnit:m","value":52.1},"periods":out}}
    os.makedirs(f"{root}/gridpoints/{office}/{x},{y}/forecast",exist_ok=True)
    json.dump(fc,open(f"{root}/gridpoints/{office}/{x},{y}/forecast.json","w"),indent=2)
    # Hourly: 156 hours from the hour before the recording's (so that every station's observation, made up to an hour
    # before, has its hour). The temperature follows a cosine from each day's high at 3 PM to the night's low at 3 AM
    # and back; snow holds it at 33 °F or below, and the hours before the snow cool towards it by 3 °F an hour.
    tz=dt.timezone(dt.timedelta(hours=int(off[:3])))
    first=recorded.astimezone(tz).replace(tzinfo=None,minute=0,second=0)-dt.timedelta(hours=1)
    extremes=[]
    for q,(t,*_) in zip(out,periods):
        s=dt.datetime.fromisoformat(q['startTime'][:19])
        extremes.append((s.replace(hour=15) if q['isDaytime'] else s.replace(hour=3)+dt.timedelta(days=1), t))
    def temperature(s):
        if s<=extremes[0][0]: return extremes[0][1]
        for (t1,v1),(t2,v2) in zip(extremes,extremes[1:]):
            if s<=t2:
                frac=(s-t1)/(t2-t1)
                return v1+(v2-v1)*(1-math.cos(math.pi*frac))/2
        return extremes[-1][1]
    hours=[]
    for h in range(156):
        s=first+dt.timedelta(hours=h)
        i=min(len(out)-1, next((k for k,q in enumerate(out) if s.isoformat()+off < q['endTime']), len(out)-1))
        short,pop=words(periods[i][1], periods[i][3], s.hour)
        pop=max(0,min(100,pop+((h*7)%11)-5)) if pop else ((h*3)%6)
        direction, speed = periods[i][2].split(' ',1)
        mph=int(speed.split()[0])
        hours.append({"number":h+1,"name":"","startTime":s.isoformat()+off,"endTime":(s+dt.timedelta(hours=1)).isoformat()+off,
          "isDaytime":6<=s.hour<18,"temperature":temperature(s),"temperatureUnit":"F","temperatureTrend":"",
          "probabilityOfPrecipitation":{"unitCode":"wmoUnit:percent","value":pop},
          "dewpoint":{"unitCode":"wmoUnit:degC","value":None},"relativeHumidity":{"unitCode":"wmoUnit:percent","value":None},
          "windSpeed":f"{mph+(h%3)} mph","windDirection":direction,"icon":icon(short,6<=s.hour<18,pop).replace('medium','small'),
          "shortForecast":short,"detailedForecast":""})
    snowing=['Snow' in p['shortForecast'] for p in hours]
    for p,snow in zip(hours,snowing):
        p['temperature']=min(round(p['temperature']),33) if snow else round(p['temperature'])
    for k in range(len(hours)-2,-1,-1):
        if snowing[k+1] and hours[k]['temperature']>hours[k+1]['temperature']+3:
            hours[k]['temperature']=hours[k+1]['temperature']+3; snowing[k]=True
    for p in hours:
        c=(p['temperature']-32)/1.8
        dew=round(c-depression(p['shortForecast'], dry=state=='CO'),1)
        p['dewpoint']['value']=dew
        p['relativeHumidity']['value']=round(magnus(c,dew))
    hourly={"type":"Feature","properties":{"units":"us","forecastGenerator":"HourlyForecastGenerator","generatedAt":"2026-03-10T19:42:11+00:00",
        "updateTime":"2026-03-10T18:55:03+00:00","periods":hours}}
    json.dump(hourly,open(f"{root}/gridpoints/{office}/{x},{y}/forecast/hourly.json","w"),indent=2)

# Active alerts: two for Norton (air quality, as NWS Boston often issues), one for Denver; none elsewhere. The demo
# is tried at any time from the recording's time of day to the same time the next day (Tuesday 3:42 PM to Wednesday
# 3:42 PM in Norton, 1:42 PM to 1:42 PM in Denver), so the alerts stand through most of that: the air quality ones until
# Wednesday evening, the winter weather advisory from Tuesday morning, for snow from this evening to noon Wednesday.
def alert(n, event, severity, headline, sent, onset, expires, ends, description, instruction, sender, area):
    return {"id":f"https://api.weather.gov/alerts/urn:oid:demo.{n}","type":"Feature","geometry":None,
      "properties":{"id":f"urn:oid:demo.{n}","areaDesc":area,"sent":sent,"effective":sent,"onset":onset,
        "expires":expires,"ends":ends,"status":"Actual","messageType":"Alert","category":"Met","severity":severity,
        "certainty":"Likely","urgency":"Expected","event":event,"sender":"w-nws.webmaster@noaa.gov","senderName":sender,
        "headline":headline,"description":description,"instruction":instruction,"response":"Monitor"}}
alerts={
 '41.967,-71.189':[
  alert(1,"Air Quality Alert","Unknown","Air Quality Alert issued March 10 at 9:05AM EDT by NWS Boston/Norton MA",
    "2026-03-10T09:05:00-04:00","2026-03-10T09:05:00-04:00","2026-03-11T18:00:00-04:00",None,
    "The Massachusetts Department of Environmental Protection has issued an Air Quality Alert for fine particles\nfrom this morning until 6 PM Wednesday.\n\nPeople with heart or lung disease, older adults and children should limit\nlong or heavy exertion outdoors.",
    None,"NWS Boston/Norton MA","Suffolk; Eastern Norfolk; Western Norfolk; Northern Bristol"),
  alert(2,"Air Quality Alert","Unknown","Air Quality Alert issued March 10 at 2:15PM EDT by NWS Boston/Norton MA",
    "2026-03-10T14:15:00-04:00","2026-03-10T15:00:00-04:00","2026-03-11T23:00:00-04:00",None,
    "Ozone has reached levels unhealthy for sensitive groups this afternoon and may again on Wednesday afternoon.\nThe alert is in effect from 3 PM Tuesday until 11 PM Wednesday.",
    "Limit strenuous activity outdoors during the afternoon and early evening.","NWS Boston/Norton MA","Northern Bristol; Southern Bristol; Southern Plymouth")],
 '39.7392,-104.9903':[
  alert(3,"Winter Weather Advisory","Moderate","Winter Weather Advisory issued March 10 at 11:40AM MDT until March 11 at 12:00PM MDT by NWS Denver CO",
    "2026-03-10T11:40:00-06:00","2026-03-10T18:00:00-06:00","2026-03-11T06:00:00-06:00","2026-03-11T12:00:00-06:00",
    "* WHAT...Snow expected. Total snow accumulations of 2 to 5 inches.\n\n* WHERE...Denver and the western suburbs.\n\n* WHEN...From 6 PM this evening to noon Wednesday.\n\n* IMPACTS...Plan on slippery road conditions. The hazardous conditions could impact the Wednesday morning commute.",
    "Slow down and use caution while traveling.","NWS Denver CO","Denver; Boulder")],
}
os.makedirs(f"{root}/alerts",exist_ok=True)
for point, features in alerts.items():
    body={"type":"FeatureCollection","features":features,"title":f"Current watches, warnings, and advisories for {point}","updated":"2026-03-10T19:42:11+00:00"}
    json.dump(body,open(f"{root}/alerts/active@point={point}.json","w"),indent=2)

# Each grid's three nearest observation stations, and the latest observation of those the demo reaches. Taunton
# reports no temperature, so Norton falls back to Norwood; Boeing Field answers in the older "unit:" style. When served,
# only how old each observation is, what it leaves out (null), its pressure, its visibility in dry weather and how
# gusty it is are kept: its weather is the hourly forecast's at the hour observed (dev.weather.demo.StationWeather).
stations={
 "BOX/70,82":[("KTAN","Taunton Municipal Airport - King Field",41.8756,-71.0211),
              ("KOWD","Norwood Memorial Airport",42.1905,-71.1729),
              ("KPVD","Providence, T. F. Green State Airport",41.7225,-71.4325)],
 "BOX/71,90":[("KBOS","Boston, Logan International Airport",42.3606,-71.0097),
              ("KBED","Bedford, Laurence G. Hanscom Field",42.4700,-71.2890),
              ("KOWD","Norwood Memorial Airport",42.1905,-71.1729)],
 "SEW/124,67":[("KBFI","Seattle, Boeing Field",47.5300,-122.3017),
               ("KSEA","Seattle-Tacoma International Airport",47.4447,-122.3144),
               ("KRNT","Renton Municipal Airport",47.4931,-122.2158)],
 "BOU/63,62":[("KBKF","Aurora, Buckley Space Force Base",39.7017,-104.7517),
              ("KAPA","Denver, Centennial Airport",39.5701,-104.8493),
              ("KDEN","Denver International Airport",39.8466,-104.6562)],
}
zones={"BOX":"America/New_York","SEW":"America/Los_Angeles","BOU":"America/Denver"}
for grid, near in stations.items():
    feats=[{"id":f"https://api.weather.gov/stations/{sid}","type":"Feature",
            "geometry":{"type":"Point","coordinates":[lon,lat]},
            "properties":{"@id":f"https://api.weather.gov/stations/{sid}","@type":"wx:ObservationStation",
              "stationIdentifier":sid,"name":name,"timeZone":zones[grid[:3]]}} for sid,name,lat,lon in near]
    doc={"type":"FeatureCollection","features":feats,"observationStations":[f"https://api.weather.gov/stations/{s[0]}" for s in near]}
    with open(f"{root}/gridpoints/{grid}/stations.json","w") as f:
        json.dump(doc,f,indent=2,ensure_ascii=False); f.write("\n")
def quantity(value, unit, qc="V"):
    q={"unitCode":unit,"value":value}
    if qc: q["qualityControl"]=qc if value is not None else "Z"
    return q
def observation(sid, lat, lon, ts, text, sky, t, dew, wdir, wspd, gust, pres, vis, rh, chill, heat, prefix="wmoUnit:"):
    u=lambda unit: prefix+unit
    props={"@id":f"https://api.weather.gov/stations/{sid}/observations/{ts}","@type":"wx:ObservationStation",
      "station":f"https://api.weather.gov/stations/{sid}","timestamp":ts,"textDescription":text,
      "icon":f"https://api.weather.gov/icons/land/day/{sky}?size=medium","presentWeather":[],
      "temperature":quantity(t,u("degC")),"dewpoint":quantity(dew,u("degC")),
      "windDirection":quantity(wdir,u("degree_(angle)")),"windSpeed":quantity(wspd,u("km_h-1")),
      "windGust":quantity(gust,u("km_h-1")),"barometricPressure":quantity(pres,u("Pa")),
      "seaLevelPressure":quantity(pres+10 if pres else None,u("Pa")),"visibility":quantity(vis,u("m"),"C"),
      "relativeHumidity":quantity(rh,u("percent")),"windChill":quantity(chill,u("degC")),"heatIndex":quantity(heat,u("degC"))}
    doc={"id":props["@id"],"type":"Feature","geometry":{"type":"Point","coordinates":[lon,lat]},"properties":props}
    os.makedirs(f"{root}/stations/{sid}/observations",exist_ok=True)
    with open(f"{root}/stations/{sid}/observations/latest.json","w") as f:
        json.dump(doc,f,indent=2,ensure_ascii=False); f.write("\n")
observation("KTAN",41.8756,-71.0211,"2026-03-10T19:35:00+00:00","","bkn",None,None,230,9.36,None,101520,16090,None,None,None)
observation("KOWD",42.1905,-71.1729,"2026-03-10T19:15:00+00:00","Mostly Cloudy","bkn",8.3,1.1,240,14.8,29.6,101590,16090,60.2,6.1,None)
observation("KBOS",42.3606,-71.0097,"2026-03-10T18:54:00+00:00","Cloudy","ovc",7.2,0.6,250,22.3,38.9,101620,16090,62.8,4.1,None)
observation("KBFI",47.5300,-122.3017,"2026-03-10T18:53:00+00:00","Light Rain","rain",8.9,6.7,180,18.5,None,101320,12870,86.1,6.5,None,prefix="unit:")
observation("KBKF",39.7017,-104.7517,"2026-03-10T19:00:00+00:00","Sunny","skc",12.2,-11.4,300,11.2,None,101860,16090,19.7,None,None)
