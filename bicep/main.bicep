// Concierge on Azure App Service (Linux container): an Orleans cluster of one silo per instance, its grain state and
// its membership table in one PostgreSQL flexible server, its secrets in Key Vault, all read with one user-assigned
// managed identity. Silos call each other over a virtual network (regional VNet integration, App Service private ports).
// Deploy steps: README, "Deploy to Azure".
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

@description('App Service plan size: Premium v3, which gives the instances the private ports (vnetPrivatePortsCount) Orleans\' silos talk on.')
@allowed([
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
  'P1mv3'
  'P2mv3'
  'P3mv3'
  'P4mv3'
  'P5mv3'
])
param appServiceSku string = 'P1v3'

@description('Instances behind the load balancer, each a silo of the Orleans cluster. At least 2: a node can be restarted or replaced without dropping calls.')
@minValue(2)
param instanceCount int = 3

@description('Address space of the virtual network the instances reach each other through; the App Service subnet is its first /24.')
param vnetAddressPrefix string = '10.70.0.0/16'

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
var identityName = '${namePrefix}-id-${suffix}'
var vnetName = '${namePrefix}-vnet-${suffix}'
var appSubnetName = 'app'
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

// The app's identity, made before the web app: its role assignments and database role exist by the time the first
// instance pulls the image and starts (a system-assigned identity exists only once the web app does).
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

// Regional VNet integration puts every instance's outbound private traffic in this subnet, and App Service gives each
// instance a private IP in it (WEBSITE_PRIVATE_IP) with private ports (WEBSITE_PRIVATE_PORTS): the silos' endpoints.
// The subnet has no network security group: traffic inside the virtual network is allowed by default.
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: vnetName
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        vnetAddressPrefix
      ]
    }
    subnets: [
      {
        name: appSubnetName
        properties: {
          addressPrefix: cidrSubnet(vnetAddressPrefix, 24, 0)
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
    ]
  }
}

resource appSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: vnet
  name: appSubnetName
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
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // any instance can take any request: Orleans sends each grain call to the grain's silo
    virtualNetworkSubnetId: appSubnet.id
    // Only private (RFC 1918) traffic goes into the virtual network: the silos' traffic to each other. The rest
    // (PostgreSQL's public endpoint, Key Vault, the registry, Twilio) keeps App Service's own outbound path, which
    // needs no NAT gateway.
    vnetRouteAllEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOCKER|${registry.properties.loginServer}/${containerImage}'
      acrUseManagedIdentityCreds: true
      acrUserManagedIdentityID: identity.properties.clientId
      // Private ports on the instance's private IP: the app takes the first as its silo port (no gateway; WebFront
      // co-hosts the silo); the second is spare.
      vnetPrivatePortsCount: 2
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
          // DefaultAzureCredential signs in as this user-assigned identity (Key Vault, PostgreSQL).
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
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
            ? 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${identity.name};SSL Mode=Require'
            : ''
        }
        {
          // Orleans membership in the same database, signed in the same way (the cluster's connection string defaults
          // to the store's). The app takes the silo endpoint from WEBSITE_PRIVATE_IP and WEBSITE_PRIVATE_PORTS.
          name: 'Concierge__Cluster__Provider'
          value: 'AdoNet'
        }
      ]
    }
  }
  dependsOn: [
    // the first instance starts with everything its identity needs
    identityCanReadSecrets
    identityCanPullImage
    identityIsDatabaseAdmin
  ]
}

resource identityCanReadSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource identityCanPullImage 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, identity.id, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The app's identity administers the server, so it can create and migrate the schema (grain state, projections and
// Orleans' membership tables) at start-up with no password anywhere. Its database role is the identity's name (the
// Username in the connection string).
module identityIsDatabaseAdmin 'modules/postgres-administrator.bicep' = if (usesManagedIdentity) {
  name: 'postgres-admin-app'
  params: {
    serverName: postgres.name
    objectId: identity.properties.principalId
    principalName: identity.name
    principalType: 'ServicePrincipal'
  }
  dependsOn: [
    database
    allowAzureServices
  ]
}

module peopleAreDatabaseAdmins 'modules/postgres-administrator.bicep' = if (!empty(postgresAdminGroupObjectId)) {
  name: 'postgres-admin-people'
  params: {
    serverName: postgres.name
    objectId: postgresAdminGroupObjectId
    principalName: postgresAdminGroupName
    principalType: 'Group'
  }
  dependsOn: [
    identityIsDatabaseAdmin // the server takes one administrator change at a time
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
output identityName string = identity.name
output identityClientId string = identity.properties.clientId
output identityPrincipalId string = identity.properties.principalId
output vnetName string = vnet.name
output keyVaultName string = keyVault.name
output keyVaultUri string = keyVault.properties.vaultUri
output postgresServerName string = postgres.name
output postgresHost string = postgres.properties.fullyQualifiedDomainName
output twilioVoiceWebhookUrl string = '${twilioBaseUrl}/twilio/voice'
output twilioStatusCallbackUrl string = '${twilioBaseUrl}/twilio/status'
