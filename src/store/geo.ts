// Distances and place coordinates for `events --near`.

/** Great-circle distance in km (haversine). SQLite registers this as dist_km(); PostgreSQL has the same in SQL. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude box that contains the circle of radius km around (lat, lon): lets an index prefilter. */
export function boundingBox(lat: number, lon: number, km: number): { latMin: number; latMax: number; lonMin: number; lonMax: number } {
  const dLat = km / 111.2;
  const cos = Math.max(0.01, Math.cos((lat * Math.PI) / 180));
  const dLon = Math.min(180, km / (111.2 * cos));
  return { latMin: lat - dLat, latMax: lat + dLat, lonMin: lon - dLon, lonMax: lon + dLon };
}

export interface Coordinates {
  lat: number;
  lon: number;
}

/** Looks a place name up (Arabic or English) and gives its coordinates, or null. */
export type PlaceLookup = (name: string) => Coordinates | null;
