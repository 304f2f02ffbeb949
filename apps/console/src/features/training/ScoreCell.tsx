import { useMutation } from '@apollo/client/react';
import { App, Button, Form, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf } from '../../api/errors';
import { graphql } from '../../gql';

const RECORD_ASSESSMENT = graphql(`
  mutation TrainingRecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      consistencyToken
    }
  }
`);

/** A confirmed learner's score (0 to 100): Enter or the button saves it; a refusal shows under the field. */
export function ScoreCell({
  courseId,
  personId,
  name,
  score,
  onDone,
}: {
  courseId: string;
  personId: string;
  name: string;
  score: number | null;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ score: number }>();
  const [recordAssessment, recording] = useMutation(RECORD_ASSESSMENT);
  const [, setTick] = useState(0);

  const onFinish = async ({ score: value }: { score: number }) => {
    try {
      const result = await recordAssessment({ variables: { input: { courseId, personId, score: value } } });
      rememberWrite(result.data?.recordAssessment);
      void message.success(t('training.course.scoreSaved'));
      await onDone();
    } catch (error) {
      const problems = apiProblemsOf(error);
      form.setFields([{ name: 'score', errors: problems ? problems.map((problem) => problem.message) : [t('common.networkError')] }]);
      setTick((tick) => tick + 1);
    }
  };

  return (
    <Form form={form} name={`score-${personId}`} layout="inline" initialValues={{ score: score ?? undefined }} onFinish={(values) => void onFinish(values)}>
      <Space.Compact>
        <Form.Item name="score" noStyle rules={[{ required: true, type: 'number', min: 0, max: 100, message: t('training.course.scoreRange') }]}>
          <InputNumber aria-label={t('training.course.scoreLabel', { name })} style={{ width: 90 }} />
        </Form.Item>
        <Button htmlType="submit" size="middle" loading={recording.loading} aria-label={`${t('training.course.saveScore')}: ${name}`}>
          {t('training.course.saveScore')}
        </Button>
      </Space.Compact>
      <Form.Item shouldUpdate noStyle>
        {() => {
          const errors = form.getFieldError('score');
          return errors.length ? (
            <div role="alert" style={{ color: '#a8071a', width: '100%' }}>
              {errors.join(' ')}
            </div>
          ) : null;
        }}
      </Form.Item>
    </Form>
  );
}
