// One Entra administrator of a PostgreSQL flexible server. A module because the administrator resource is named after
// the principal's object id: a module parameter may be a value known only while the deployment runs, such as a managed
// identity's principal id, where a resource name in main.bicep may not (BCP120).
targetScope = 'resourceGroup'

@description('The PostgreSQL flexible server, in this resource group.')
param serverName string

@description('Object id of the Entra principal; for a managed identity, its principal id.')
param objectId string

@description('Display name of the principal: the database role it signs in as (the Username of its connection string).')
param principalName string

@description('What kind of principal it is.')
@allowed([
  'ServicePrincipal'
  'Group'
  'User'
])
param principalType string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' existing = {
  name: serverName
}

resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: objectId
  properties: {
    principalType: principalType
    principalName: principalName
    tenantId: tenant().tenantId
  }
}
