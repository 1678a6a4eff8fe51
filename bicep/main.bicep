// Concierge on Azure App Service (Linux container), scaled out on a shared PostgreSQL flexible server, with its secrets
// in Key Vault read through the web app's system-assigned managed identity. Deploy steps: README, "Deploy to Azure".
targetScope = 'resourceGroup'

@description('Prefix of every resource name (letters and digits, 3-12 characters).')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Existing Azure Container Registry in this resource group holding the image (the web app pulls it with its identity).')
param containerRegistryName string

@description('Image repository and tag in that registry, e.g. concierge:1.0.0.')
param containerImage string = 'concierge:latest'

@description('App Service plan size. P1v3 or larger: always-on, WebSockets and scale-out need a Premium or Standard plan.')
param appServiceSku string = 'P1v3'

@description('Instances behind the load balancer. At least 2: a node can be restarted or replaced without dropping calls.')
@minValue(2)
param instanceCount int = 2

@description('The https address Twilio calls (Concierge:Twilio:PublicBaseUrl); empty: the web app\'s own azurewebsites.net address.')
param publicBaseUrl string = ''

@description('How the app signs in to PostgreSQL: ManagedIdentity (an Entra token for the web app\'s identity, no password anywhere) or Password.')
@allowed([
  'ManagedIdentity'
  'Password'
])
param databaseAuthentication string = 'ManagedIdentity'

@description('PostgreSQL administrator login; used only when databaseAuthentication is Password.')
param postgresAdminLogin string = 'concierge'

@description('PostgreSQL administrator password; required when databaseAuthentication is Password (it is stored in Key Vault, never in app settings).')
@secure()
param postgresAdminPassword string = ''

@description('Optional Entra group (object id) made PostgreSQL administrator too, for people; empty: none.')
param postgresAdminGroupObjectId string = ''

@description('Display name of that Entra group.')
param postgresAdminGroupName string = ''

@description('Twilio auth token, stored as the Key Vault secret Twilio--AuthToken; empty: set the secret yourself (README).')
@secure()
param twilioAuthToken string = ''

var suffix = uniqueString(resourceGroup().id, namePrefix)
var webAppName = '${namePrefix}-web-${suffix}'
var keyVaultName = take('${namePrefix}kv${suffix}', 24)
var postgresServerName = '${namePrefix}-pg-${suffix}'
var databaseName = 'concierge'
var usesManagedIdentity = databaseAuthentication == 'ManagedIdentity'
var twilioBaseUrl = empty(publicBaseUrl) ? 'https://${webAppName}.azurewebsites.net' : publicBaseUrl

// Built-in role ids: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: containerRegistryName
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true // access by Azure roles, no access policies
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: usesManagedIdentity ? 'Disabled' : 'Enabled'
      tenantId: subscription().tenantId
    }
    administratorLogin: usesManagedIdentity ? null : postgresAdminLogin
    administratorLoginPassword: usesManagedIdentity ? null : postgresAdminPassword
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// App Service reaches the server over its public endpoint: "allow Azure services". For a private network, put the
// server and the web app's outbound traffic in a virtual network instead.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux,container'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // state lives in the database: any instance can take any request
    siteConfig: {
      linuxFxVersion: 'DOCKER|${registry.properties.loginServer}/${containerImage}'
      acrUseManagedIdentityCreds: true
      alwaysOn: true
      webSocketsEnabled: true // Twilio Media Streams (/twilio/stream)
      healthCheckPath: '/health/ready'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'WEBSITES_PORT'
          value: '8080'
        }
        {
          name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
          value: 'false'
        }
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
        {
          name: 'Concierge__KeyVault__Uri'
          value: keyVault.properties.vaultUri
        }
        {
          name: 'Concierge__Twilio__PublicBaseUrl'
          value: twilioBaseUrl
        }
        {
          name: 'Concierge__Storage__Provider'
          value: 'Postgres'
        }
        {
          name: 'Concierge__Storage__Authentication'
          value: databaseAuthentication
        }
        {
          // With a managed identity the connection string names the identity's database role and carries no password;
          // with a password the whole connection string is the Key Vault secret Storage--ConnectionString instead.
          name: 'Concierge__Storage__ConnectionString'
          value: usesManagedIdentity
            ? 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${webAppName};SSL Mode=Require'
            : ''
        }
      ]
    }
  }
}

resource webCanReadSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, web.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource webCanPullImage 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, web.id, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// The web app's identity administers the server, so it can create and migrate the schema at start-up with no
// password anywhere. Its database role is named after the web app (the Username in the connection string).
resource webIsDatabaseAdmin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = if (usesManagedIdentity) {
  parent: postgres
  name: web.identity.principalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: web.name
    tenantId: subscription().tenantId
  }
  dependsOn: [
    database
    allowAzureServices
  ]
}

resource peopleAreDatabaseAdmins 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = if (!empty(postgresAdminGroupObjectId)) {
  parent: postgres
  name: empty(postgresAdminGroupObjectId) ? 'unused' : postgresAdminGroupObjectId
  properties: {
    principalType: 'Group'
    principalName: postgresAdminGroupName
    tenantId: subscription().tenantId
  }
  dependsOn: [
    webIsDatabaseAdmin // the server takes one administrator change at a time
  ]
}

resource twilioAuthTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(twilioAuthToken)) {
  parent: keyVault
  name: 'Twilio--AuthToken'
  properties: {
    value: twilioAuthToken
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!usesManagedIdentity) {
  parent: keyVault
  name: 'Storage--ConnectionString'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
  }
}

output webAppName string = web.name
output webAppHostName string = web.properties.defaultHostName
output webAppPrincipalId string = web.identity.principalId
output keyVaultName string = keyVault.name
output keyVaultUri string = keyVault.properties.vaultUri
output postgresServerName string = postgres.name
output postgresHost string = postgres.properties.fullyQualifiedDomainName
output twilioVoiceWebhookUrl string = '${twilioBaseUrl}/twilio/voice'
output twilioStatusCallbackUrl string = '${twilioBaseUrl}/twilio/status'
