// The compose MongoDB's healthcheck (mongosh --file, inside the container). Idempotent, so it runs
// at every probe: on the first start it initiates the replica set, creates the administrator while
// the localhost exception still allows it, then one user per service, each with readWrite on its
// own database alone. It reports healthy once the member is primary and every user exists.
const env = process.env;
const admin = { user: 'admin', pwd: env.MONGO_ADMIN_PASSWORD };
const services = [
  { user: 'events-service', db: 'events', pwd: env.MONGO_EVENTS_PASSWORD },
  { user: 'petition-service', db: 'petitions', pwd: env.MONGO_PETITION_PASSWORD },
  { user: 'cases-service', db: 'cases', pwd: env.MONGO_CASES_PASSWORD },
  { user: 'notifications-service', db: 'notifications', pwd: env.MONGO_NOTIFICATIONS_PASSWORD },
  { user: 'gateway', db: 'gateway', pwd: env.MONGO_GATEWAY_PASSWORD },
];
for (const { user, pwd } of [admin, ...services]) {
  if (!pwd) { print(`no password for ${user}`); quit(1); }
}

const adminDb = db.getSiblingDB('admin');
let authenticated = false;
try {
  authenticated = adminDb.auth(admin.user, admin.pwd).ok === 1;
} catch (e) {
  // No administrator yet: the localhost exception lets this first connection create it.
}
// hello needs no login: it tells whether the replica set exists and this member is its primary.
const hello = db.hello();
if (!hello.setName) {
  // The member's address is the service name, so drivers inside the network can reach it.
  try { rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] }); } catch (e) { print(e.message); }
  quit(1);
}
if (!hello.isWritablePrimary) quit(1);
if (!authenticated) {
  adminDb.createUser({ user: admin.user, pwd: admin.pwd, roles: ['root'] });
  adminDb.auth(admin.user, admin.pwd);
}
for (const { user, db: name, pwd } of services) {
  const database = db.getSiblingDB(name);
  if (database.getUser(user) === null) {
    database.createUser({ user, pwd, roles: [{ role: 'readWrite', db: name }] });
  }
}
quit(0);
