/** openid-client, loaded with a real dynamic import (see openid-client.loader.js). */
export declare function laadOpenidClient(): Promise<typeof import('openid-client')>;
