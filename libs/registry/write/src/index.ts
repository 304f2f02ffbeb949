export { hierarchyRoutes } from './hierarchy-routes';
