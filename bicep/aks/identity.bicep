// The identity Concierge's pods use on AKS (workload identity): a user-assigned managed identity, federated with the
// cluster's service account concierge/concierge, allowed to read the vault's secrets. Deploy it in the resource group
// of main.bicep's Key Vault (or any vault), then put its clientId on bicep/aks/serviceaccount.yaml.
targetScope = 'resourceGroup'

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Name of the identity; also its PostgreSQL role name (Username in the connection string).')
param identityName string = 'concierge-aks'

@description('The cluster\'s OIDC issuer URL: az aks show -n CLUSTER -g GROUP --query oidcIssuerProfile.issuerUrl -o tsv')
param oidcIssuerUrl string

@description('Key Vault (in this resource group) whose secrets the pods read.')
param keyVaultName string

@description('Kubernetes namespace and service account of the pods (bicep/aks/serviceaccount.yaml).')
param serviceAccountNamespace string = 'concierge'
param serviceAccountName string = 'concierge'

var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

resource federation 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2023-01-31' = {
  parent: identity
  name: 'aks-${serviceAccountNamespace}-${serviceAccountName}'
  properties: {
    issuer: oidcIssuerUrl
    subject: 'system:serviceaccount:${serviceAccountNamespace}:${serviceAccountName}'
    audiences: [
      'api://AzureADTokenExchange'
    ]
  }
}

resource canReadSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output identityName string = identity.name
