// Medusa configuration of the throw-away end-to-end server.
// run.sh copies this file into the generated project (.e2e/medusa/server/) and
// supplies every value through the environment; nothing secret lives here.
const { defineConfig } = require("@medusajs/framework/utils")

function required(name) {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set: start Medusa through e2e/medusa/run.sh`)
  }
  return value
}

const loopbackOrigins = process.env.MEDUSA_CORS || "http://127.0.0.1,http://localhost"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: required("DATABASE_URL"),
    // No redisUrl: event bus, cache, locking and workflow engine stay in memory.
    http: {
      storeCors: loopbackOrigins,
      adminCors: loopbackOrigins,
      authCors: loopbackOrigins,
      jwtSecret: required("JWT_SECRET"),
      cookieSecret: required("COOKIE_SECRET"),
    },
  },
  // The dashboard is not needed by the tests: skip building and serving it.
  admin: {
    disable: true,
  },
})
