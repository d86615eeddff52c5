package kedash


// AuthPodIdentity allows users to select the platform native identity mechanism.
type TriggerAuthenticationSpecAwsSecretManagerPodIdentity struct {
	// PodIdentityProvider contains the list of providers.
	Provider TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider `field:"required" json:"provider" yaml:"provider"`
	// ExternalID sets the External ID to be used when assuming an identity.
	//
	// This is only applicable when using AWS pod identity with a RoleArn.
	ExternalId *string `field:"optional" json:"externalId" yaml:"externalId"`
	// Set identityAuthorityHost to override the default Azure authority host.
	//
	// If this is set, then the IdentityTenantID must also be set.
	IdentityAuthorityHost *string `field:"optional" json:"identityAuthorityHost" yaml:"identityAuthorityHost"`
	IdentityId *string `field:"optional" json:"identityId" yaml:"identityId"`
	// IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload.
	//
	// Mutually exclusive with roleArn.
	IdentityOwner TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner `field:"optional" json:"identityOwner" yaml:"identityOwner"`
	// Set identityTenantId to override the default Azure tenant id.
	//
	// If this is set, then the IdentityID must also be set.
	IdentityTenantId *string `field:"optional" json:"identityTenantId" yaml:"identityTenantId"`
	// RoleArn sets the AWS RoleArn to be used.
	//
	// Mutually exclusive with IdentityOwner.
	RoleArn *string `field:"optional" json:"roleArn" yaml:"roleArn"`
}

