import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiProblemsOf } from '../api/errors';

/** The API's localised messages for a failed request (a network failure in the console's words). */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problems = apiProblemsOf(error);
  const messages = problems ? problems.map((problem) => problem.message) : [t('common.networkError')];
  return <Alert role="alert" type="error" showIcon title={t('errors.title')} description={messages.join(' ')} style={{ marginBottom: 16 }} />;
}
