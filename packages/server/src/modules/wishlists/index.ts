export { WishlistsService } from './wishlists.service.js';
export { WishlistNode } from './wishlist.types.js';
